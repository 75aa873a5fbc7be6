package dev.passwordless.local;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** AdminUserGlobalSignOut: revokes all of a user's refresh and access tokens. */
final class AdminUserGlobalSignOutOperation implements Operation {

	private final Pool pool;

	AdminUserGlobalSignOutOperation(Pool pool) {
		this.pool = pool;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.checkPool(request.required("UserPoolId", 55));
		this.pool.store.revokeAll(this.pool.user(request.required("Username", 128)).username());
		return this.pool.object();
	}

}
