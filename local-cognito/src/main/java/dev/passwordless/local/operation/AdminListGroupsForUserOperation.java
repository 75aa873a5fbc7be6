package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.GroupStore;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/** AdminListGroupsForUser: the user's groups by precedence, then name. */
final class AdminListGroupsForUserOperation implements Operation {

	private final UserPoolId pool;

	private final UserStore users;

	private final GroupStore groups;

	AdminListGroupsForUserOperation(UserPoolId pool, UserStore users, GroupStore groups) {
		this.pool = pool;
		this.users = users;
		this.groups = groups;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.check(request.required("UserPoolId", 55));
		User user = this.users.find(request.required("Username", 128)).orElseThrow(CognitoException::userNotFound);
		ObjectNode response = Responses.empty();
		ArrayNode list = response.putArray("Groups");
		this.groups.groupsOf(user.username()).forEach((group) -> list.add(Responses.group(group, this.pool.value())));
		return response;
	}

}
