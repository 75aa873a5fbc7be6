package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/** AdminDeleteUser, by user name or phone alias. */
final class AdminDeleteUserOperation implements Operation {

	private final UserPoolId pool;

	private final UserStore users;

	private final UserDeletion deletion;

	AdminDeleteUserOperation(UserPoolId pool, UserStore users, UserDeletion deletion) {
		this.pool = pool;
		this.users = users;
		this.deletion = deletion;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.check(request.required("UserPoolId", 55));
		User user = this.users.find(request.required("Username", 128)).orElseThrow(CognitoException::userNotFound);
		this.deletion.delete(user.username());
		return Responses.empty();
	}

}
