package dev.passwordless.local;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * GlobalSignOut: revokes every refresh token of the user, and with them their access
 * tokens.
 */
final class GlobalSignOutOperation implements Operation {

	private final Pool pool;

	GlobalSignOutOperation(Pool pool) {
		this.pool = pool;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		String subject = this.pool.tokens.verifyAccessToken(request.required("AccessToken", 8192)).getSubject();
		this.pool.store.revokeAll(subject);
		return this.pool.object();
	}

}
