package dev.passwordless.local.operation;

import java.time.Clock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * AdminSetUserPassword: a permanent password confirms the user ({@code CONFIRMED}), a
 * temporary one puts the user in {@code FORCE_CHANGE_PASSWORD}; the password policy
 * applies either way. Nobody signs in with a password here, so it is checked and not kept
 * (reference {@code docs/cognito-custom-auth.md} 11.3).
 */
final class AdminSetUserPasswordOperation implements Operation {

	private final PoolUsers poolUsers;

	private final UserStore users;

	private final Clock clock;

	AdminSetUserPasswordOperation(PoolUsers poolUsers, UserStore users, Clock clock) {
		this.poolUsers = poolUsers;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		User user = this.poolUsers.named(request);
		String password = request.required("Password", 256);
		boolean permanent = request.optionalBoolean("Permanent", false);
		PasswordPolicy.check(password);
		this.users.updateStatus(user.username(),
				permanent ? "CONFIRMED" : AdminCreateUserOperation.FORCE_CHANGE_PASSWORD, this.clock.instant());
		return Responses.empty();
	}

}
