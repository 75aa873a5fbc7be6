package dev.passwordless.local.operation;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.store.Group;
import dev.passwordless.local.store.User;

/** How users, groups and empty answers appear in Cognito's responses. */
final class Responses {

	private Responses() {
	}

	/** {@code {}}, what most admin operations answer. */
	static ObjectNode empty() {
		return JsonNodeFactory.instance.objectNode();
	}

	/** {@code [{"Name": …, "Value": …}]}. */
	static ArrayNode attributeList(Map<String, String> attributes) {
		ArrayNode list = JsonNodeFactory.instance.arrayNode();
		attributes.forEach((name, value) -> list.addObject().put("Name", name).put("Value", value));
		return list;
	}

	/**
	 * The AdminGetUser / ListUsers shape.
	 * @param attributesMember "UserAttributes" (AdminGetUser) or "Attributes" (ListUsers)
	 */
	static ObjectNode user(User user, String attributesMember) {
		ObjectNode node = empty();
		node.put("Username", user.username());
		node.set(attributesMember, attributeList(user.attributes()));
		node.put("UserCreateDate", seconds(user.created()));
		node.put("UserLastModifiedDate", seconds(user.modified()));
		node.put("Enabled", user.enabled());
		node.put("UserStatus", user.status());
		return node;
	}

	static ObjectNode group(Group group, String userPoolId) {
		ObjectNode node = empty();
		node.put("GroupName", group.name());
		node.put("UserPoolId", userPoolId);
		if (group.description() != null) {
			node.put("Description", group.description());
		}
		if (group.precedence() != null) {
			node.put("Precedence", group.precedence());
		}
		node.put("LastModifiedDate", seconds(group.modified()));
		node.put("CreationDate", seconds(group.created()));
		return node;
	}

	/** Cognito's timestamps: epoch seconds with fractions. */
	private static double seconds(Instant instant) {
		return instant.toEpochMilli() / 1000.0;
	}

}
