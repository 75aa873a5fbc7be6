package dev.passwordless.local.operation;

import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.auth.Tokens;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.store.GroupStore;
import dev.passwordless.local.store.RefreshToken;
import dev.passwordless.local.store.RefreshTokenStore;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * InitiateAuth's REFRESH_TOKEN_AUTH flow: new ID and access tokens with the original
 * {@code auth_time}, no new refresh token (reference {@code docs/cognito-custom-auth.md}
 * 5). With a client secret, {@code SECRET_HASH} is computed over the internal user name,
 * since the request names no user.
 */
final class RefreshTokenFlow {

	private final AppClient client;

	private final RefreshTokenStore refreshTokens;

	private final UserStore users;

	private final GroupStore groups;

	private final Tokens tokens;

	private final Clock clock;

	RefreshTokenFlow(AppClient client, RefreshTokenStore refreshTokens, UserStore users, GroupStore groups,
			Tokens tokens, Clock clock) {
		this.client = client;
		this.refreshTokens = refreshTokens;
		this.users = users;
		this.groups = groups;
		this.tokens = tokens;
		this.clock = clock;
	}

	ObjectNode refresh(String clientId, Map<String, String> parameters) {
		String token = parameters.get("REFRESH_TOKEN");
		if (token == null || token.isEmpty()) {
			throw CognitoException.invalidParameter("Missing required parameter REFRESH_TOKEN");
		}
		String secretHash = parameters.get("SECRET_HASH");
		this.client.checkSecretHashPresence(secretHash);
		RefreshToken stored = this.refreshTokens.find(token)
			.filter((candidate) -> candidate.clientId().equals(clientId))
			.orElseThrow(() -> CognitoException.notAuthorized("Invalid Refresh Token"));
		// the refresh request names no user: the hash is over the internal user name
		this.client.checkSecretHash(stored.username(), secretHash);
		if (stored.revoked()) {
			// inferred wording (docs/cognito-custom-auth.md 5)
			throw CognitoException.notAuthorized("Refresh Token has been revoked");
		}
		if (!this.clock.instant().isBefore(stored.expiresAt())) {
			throw CognitoException.notAuthorized("Refresh Token has expired");
		}
		User user = this.users.find(stored.username())
			.orElseThrow(() -> CognitoException.notAuthorized("User does not exist."));
		if (!user.enabled()) {
			throw CognitoException.notAuthorized("User is disabled.");
		}
		return this.tokens.refresh(user, this.groups.groupNames(user.username()), stored).response();
	}

}
