package dev.passwordless.local;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RevokeToken: revokes one refresh token and the access tokens issued from it, nothing
 * else.
 */
final class RevokeTokenOperation implements Operation {

	private final Pool pool;

	RevokeTokenOperation(Pool pool) {
		this.pool = pool;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		String token = request.required("Token", 8192);
		String clientId = request.required("ClientId", 128);
		this.pool.checkClient(clientId);
		String hash = Tokens.hash(token);
		// inferred: an unknown token, or one of another client, is refused rather than
		// silently accepted
		this.pool.store.refreshToken(hash)
			.filter((stored) -> stored.clientId().equals(clientId))
			.orElseThrow(() -> new CognitoException("UnauthorizedException", "Invalid refresh token."));
		this.pool.store.revokeRefreshToken(hash);
		return this.pool.object();
	}

}
