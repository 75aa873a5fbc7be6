package dev.passwordless.local.operation;

import dev.passwordless.local.store.GroupStore;
import dev.passwordless.local.store.RefreshTokenStore;
import dev.passwordless.local.store.UserStore;

/** Deletes a user with everything the pool keeps for them: memberships and tokens. */
final class UserDeletion {

	private final UserStore users;

	private final GroupStore groups;

	private final RefreshTokenStore refreshTokens;

	UserDeletion(UserStore users, GroupStore groups, RefreshTokenStore refreshTokens) {
		this.users = users;
		this.groups = groups;
		this.refreshTokens = refreshTokens;
	}

	/**
	 * @return false when there was no such user
	 */
	boolean delete(String username) {
		this.groups.removeMemberships(username);
		this.refreshTokens.deleteAll(username);
		return this.users.delete(username);
	}

}
