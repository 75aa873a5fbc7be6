package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;

/** AdminGetUser, by user name or phone alias. */
final class AdminGetUserOperation implements Operation {

	private final PoolUsers users;

	AdminGetUserOperation(PoolUsers users) {
		this.users = users;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		return Responses.user(this.users.named(request), "UserAttributes");
	}

}
