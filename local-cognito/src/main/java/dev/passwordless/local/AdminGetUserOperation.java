package dev.passwordless.local;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** AdminGetUser, by user name or phone alias. */
final class AdminGetUserOperation implements Operation {

	private final Pool pool;

	AdminGetUserOperation(Pool pool) {
		this.pool = pool;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.checkPool(request.required("UserPoolId", 55));
		return UserViews.user(this.pool, this.pool.user(request.required("Username", 128)), "UserAttributes");
	}

}
