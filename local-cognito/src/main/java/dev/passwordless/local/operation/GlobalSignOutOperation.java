package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.Tokens;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.RefreshTokenStore;

/**
 * GlobalSignOut: revokes every refresh token of the user, and with them their access
 * tokens.
 */
final class GlobalSignOutOperation implements Operation {

	private final Tokens tokens;

	private final RefreshTokenStore refreshTokens;

	GlobalSignOutOperation(Tokens tokens, RefreshTokenStore refreshTokens) {
		this.tokens = tokens;
		this.refreshTokens = refreshTokens;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		String subject = this.tokens.verifyAccessToken(request.required("AccessToken", 8192)).getSubject();
		this.refreshTokens.revokeAll(subject);
		return Responses.empty();
	}

}
