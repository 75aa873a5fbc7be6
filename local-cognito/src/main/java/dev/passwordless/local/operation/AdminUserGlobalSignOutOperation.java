package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.RefreshTokenStore;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/** AdminUserGlobalSignOut: revokes all of a user's refresh and access tokens. */
final class AdminUserGlobalSignOutOperation implements Operation {

	private final UserPoolId pool;

	private final UserStore users;

	private final RefreshTokenStore refreshTokens;

	AdminUserGlobalSignOutOperation(UserPoolId pool, UserStore users, RefreshTokenStore refreshTokens) {
		this.pool = pool;
		this.users = users;
		this.refreshTokens = refreshTokens;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.check(request.required("UserPoolId", 55));
		User user = this.users.find(request.required("Username", 128)).orElseThrow(CognitoException::userNotFound);
		this.refreshTokens.revokeAll(user.username());
		return Responses.empty();
	}

}
