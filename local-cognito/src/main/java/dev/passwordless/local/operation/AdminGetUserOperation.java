package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.UserStore;

/** AdminGetUser, by user name or phone alias. */
final class AdminGetUserOperation implements Operation {

	private final UserPoolId pool;

	private final UserStore users;

	AdminGetUserOperation(UserPoolId pool, UserStore users) {
		this.pool = pool;
		this.users = users;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.check(request.required("UserPoolId", 55));
		return Responses.user(
				this.users.find(request.required("Username", 128)).orElseThrow(CognitoException::userNotFound),
				"UserAttributes");
	}

}
