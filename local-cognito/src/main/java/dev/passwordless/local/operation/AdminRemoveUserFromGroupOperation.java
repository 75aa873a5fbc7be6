package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.GroupStore;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/** AdminRemoveUserFromGroup: removes a user from a group. */
final class AdminRemoveUserFromGroupOperation implements Operation {

	private final UserPoolId pool;

	private final UserStore users;

	private final GroupStore groups;

	AdminRemoveUserFromGroupOperation(UserPoolId pool, UserStore users, GroupStore groups) {
		this.pool = pool;
		this.users = users;
		this.groups = groups;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.check(request.required("UserPoolId", 55));
		User user = this.users.find(request.required("Username", 128)).orElseThrow(CognitoException::userNotFound);
		this.groups.removeMember(user.username(), GroupName.existing(request, this.groups).name());
		return Responses.empty();
	}

}
