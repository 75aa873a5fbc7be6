package dev.passwordless.local;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** How users and groups appear in responses. */
final class UserViews {

	private UserViews() {
	}

	/**
	 * The AdminGetUser / ListUsers shape; {@code attributesMember} is "UserAttributes" or
	 * "Attributes".
	 */
	static ObjectNode user(Pool pool, User user, String attributesMember) {
		ObjectNode node = pool.object();
		node.put("Username", user.username());
		node.set(attributesMember, pool.attributeList(user.attributes()));
		node.put("UserCreateDate", Pool.seconds(user.created()));
		node.put("UserLastModifiedDate", Pool.seconds(user.modified()));
		node.put("Enabled", user.enabled());
		node.put("UserStatus", user.status());
		return node;
	}

	static ObjectNode group(Pool pool, UserStore.Group group) {
		ObjectNode node = pool.object();
		node.put("GroupName", group.name());
		node.put("UserPoolId", pool.config.userPoolId());
		if (group.description() != null) {
			node.put("Description", group.description());
		}
		if (group.precedence() != null) {
			node.put("Precedence", group.precedence());
		}
		node.put("LastModifiedDate", Pool.seconds(group.modified()));
		node.put("CreationDate", Pool.seconds(group.created()));
		return node;
	}

}
