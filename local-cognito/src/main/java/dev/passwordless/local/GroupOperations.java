package dev.passwordless.local;

import java.time.Instant;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The group operations: CreateGroup, AdminAddUserToGroup, AdminRemoveUserFromGroup and
 * AdminListGroupsForUser. Members' tokens carry {@code cognito:groups}.
 */
final class GroupOperations {

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");

	private final Pool pool;

	GroupOperations(Pool pool) {
		this.pool = pool;
	}

	ObjectNode create(JsonRequest request) {
		this.pool.checkPool(request.required("UserPoolId", 55));
		String name = groupName(request);
		String description = request.optional("Description", 2048);
		Integer precedence = request.optionalInt("Precedence");
		Instant now = this.pool.clock.instant();
		UserStore.Group group = new UserStore.Group(name, description, precedence, now, now);
		if (!this.pool.store.insertGroup(group)) {
			throw new CognitoException("GroupExistsException", "A group with the name " + name + " already exists.");
		}
		ObjectNode response = this.pool.object();
		response.set("Group", UserViews.group(this.pool, group));
		return response;
	}

	ObjectNode addUser(JsonRequest request) {
		this.pool.checkPool(request.required("UserPoolId", 55));
		User user = this.pool.user(request.required("Username", 128));
		this.pool.store.addMember(user.username(), existingGroup(request).name());
		return this.pool.object();
	}

	ObjectNode removeUser(JsonRequest request) {
		this.pool.checkPool(request.required("UserPoolId", 55));
		User user = this.pool.user(request.required("Username", 128));
		this.pool.store.removeMember(user.username(), existingGroup(request).name());
		return this.pool.object();
	}

	ObjectNode listForUser(JsonRequest request) {
		this.pool.checkPool(request.required("UserPoolId", 55));
		User user = this.pool.user(request.required("Username", 128));
		ObjectNode response = this.pool.object();
		ArrayNode groups = response.putArray("Groups");
		this.pool.store.groupsOf(user.username()).forEach((group) -> groups.add(UserViews.group(this.pool, group)));
		return response;
	}

	private UserStore.Group existingGroup(JsonRequest request) {
		String name = groupName(request);
		return this.pool.store.group(name).orElseThrow(() -> CognitoException.resourceNotFound("Group not found."));
	}

	private static String groupName(JsonRequest request) {
		String name = request.required("GroupName", 128);
		if (!NAME.matcher(name).matches()) {
			throw CognitoException.invalidParameter("1 validation error detected: Value '" + name
					+ "' at 'groupName' failed to satisfy constraint: Member must satisfy regular expression pattern");
		}
		return name;
	}

}
