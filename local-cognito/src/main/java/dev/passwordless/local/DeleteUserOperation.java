package dev.passwordless.local;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** DeleteUser: the signed-in user deletes themselves. */
final class DeleteUserOperation implements Operation {

	private final Pool pool;

	DeleteUserOperation(Pool pool) {
		this.pool = pool;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		String subject = this.pool.tokens.verifyAccessToken(request.required("AccessToken", 8192)).getSubject();
		if (!this.pool.store.delete(subject)) {
			throw CognitoException.userNotFound();
		}
		return this.pool.object();
	}

}
