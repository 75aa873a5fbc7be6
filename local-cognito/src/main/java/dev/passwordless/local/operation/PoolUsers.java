package dev.passwordless.local.operation;

import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * The user an admin operation names: its {@code UserPoolId} must be this pool's, its
 * {@code Username} a user's (by user name or phone alias).
 */
final class PoolUsers {

	private final UserPoolId pool;

	private final UserStore users;

	PoolUsers(UserPoolId pool, UserStore users) {
		this.pool = pool;
		this.users = users;
	}

	/**
	 * @throws CognitoException {@code ResourceNotFoundException} for another pool,
	 * {@code UserNotFoundException} when there is no such user
	 */
	User named(JsonRequest request) {
		this.pool.check(request.required("UserPoolId", 55));
		return this.users.find(request.required("Username", 128)).orElseThrow(CognitoException::userNotFound);
	}

}
