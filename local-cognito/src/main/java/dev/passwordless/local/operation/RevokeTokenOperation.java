package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.RefreshTokenStore;

/**
 * RevokeToken: revokes one refresh token and the access tokens issued from it, nothing
 * else.
 */
final class RevokeTokenOperation implements Operation {

	private final AppClient client;

	private final RefreshTokenStore refreshTokens;

	RevokeTokenOperation(AppClient client, RefreshTokenStore refreshTokens) {
		this.client = client;
		this.refreshTokens = refreshTokens;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		String token = request.required("Token", 8192);
		String clientId = request.required("ClientId", 128);
		String clientSecret = request.optional("ClientSecret", 64);
		this.client.check(clientId);
		this.client.checkClientSecret(clientSecret);
		// inferred: an unknown token, or one of another client, is refused rather than
		// silently accepted
		this.refreshTokens.find(token)
			.filter((stored) -> stored.clientId().equals(clientId))
			.orElseThrow(() -> new CognitoException("UnauthorizedException", "Invalid refresh token."));
		this.refreshTokens.revoke(token);
		return Responses.empty();
	}

}
