package dev.passwordless.local.operation;

import java.time.Clock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * AdminEnableUser: the user may sign in again (tokens revoked while disabled stay
 * revoked).
 */
final class AdminEnableUserOperation implements Operation {

	private final PoolUsers poolUsers;

	private final UserStore users;

	private final Clock clock;

	AdminEnableUserOperation(PoolUsers poolUsers, UserStore users, Clock clock) {
		this.poolUsers = poolUsers;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		User user = this.poolUsers.named(request);
		this.users.updateEnabled(user.username(), true, this.clock.instant());
		return Responses.empty();
	}

}
