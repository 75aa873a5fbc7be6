package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.GroupStore;
import dev.passwordless.local.store.User;

/** AdminListGroupsForUser: the user's groups by precedence, then name. */
final class AdminListGroupsForUserOperation implements Operation {

	private final UserPoolId pool;

	private final PoolUsers users;

	private final GroupStore groups;

	AdminListGroupsForUserOperation(UserPoolId pool, PoolUsers users, GroupStore groups) {
		this.pool = pool;
		this.users = users;
		this.groups = groups;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		User user = this.users.named(request);
		ObjectNode response = Responses.empty();
		ArrayNode list = response.putArray("Groups");
		this.groups.groupsOf(user.username()).forEach((group) -> list.add(Responses.group(group, this.pool.value())));
		return response;
	}

}
