package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.User;

/** AdminDeleteUser, by user name or phone alias. */
final class AdminDeleteUserOperation implements Operation {

	private final PoolUsers users;

	private final UserDeletion deletion;

	AdminDeleteUserOperation(PoolUsers users, UserDeletion deletion) {
		this.users = users;
		this.deletion = deletion;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		User user = this.users.named(request);
		this.deletion.delete(user.username());
		return Responses.empty();
	}

}
