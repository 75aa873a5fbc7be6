package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.RefreshTokenStore;
import dev.passwordless.local.store.User;

/** AdminUserGlobalSignOut: revokes all of a user's refresh and access tokens. */
final class AdminUserGlobalSignOutOperation implements Operation {

	private final PoolUsers users;

	private final RefreshTokenStore refreshTokens;

	AdminUserGlobalSignOutOperation(PoolUsers users, RefreshTokenStore refreshTokens) {
		this.users = users;
		this.refreshTokens = refreshTokens;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		User user = this.users.named(request);
		this.refreshTokens.revokeAll(user.username());
		return Responses.empty();
	}

}
