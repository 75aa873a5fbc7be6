package dev.passwordless.local;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** AdminDeleteUser, by user name or phone alias. */
final class AdminDeleteUserOperation implements Operation {

	private final Pool pool;

	AdminDeleteUserOperation(Pool pool) {
		this.pool = pool;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.checkPool(request.required("UserPoolId", 55));
		this.pool.store.delete(this.pool.user(request.required("Username", 128)).username());
		return this.pool.object();
	}

}
