package dev.passwordless.local.operation;

import java.time.Clock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.RefreshTokenStore;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * AdminDisableUser: the user can no longer sign in or refresh, and their access tokens
 * stop working; they still appear in AdminGetUser and ListUsers with
 * {@code Enabled=false}. An access token here lives and dies with its sign-in's refresh
 * token, so both are revoked (reference {@code docs/cognito-custom-auth.md} 11.5).
 */
final class AdminDisableUserOperation implements Operation {

	private final PoolUsers poolUsers;

	private final UserStore users;

	private final RefreshTokenStore refreshTokens;

	private final Clock clock;

	AdminDisableUserOperation(PoolUsers poolUsers, UserStore users, RefreshTokenStore refreshTokens, Clock clock) {
		this.poolUsers = poolUsers;
		this.users = users;
		this.refreshTokens = refreshTokens;
		this.clock = clock;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		User user = this.poolUsers.named(request);
		this.users.updateEnabled(user.username(), false, this.clock.instant());
		this.refreshTokens.revokeAll(user.username());
		return Responses.empty();
	}

}
