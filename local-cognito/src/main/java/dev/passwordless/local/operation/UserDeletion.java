package dev.passwordless.local.operation;

import dev.passwordless.local.store.GroupStore;
import dev.passwordless.local.store.PasskeyStore;
import dev.passwordless.local.store.RefreshTokenStore;
import dev.passwordless.local.store.UserStore;

/**
 * Deletes a user with everything the pool keeps for them: memberships, tokens and
 * passkeys.
 */
final class UserDeletion {

	private final UserStore users;

	private final GroupStore groups;

	private final RefreshTokenStore refreshTokens;

	private final PasskeyStore passkeys;

	UserDeletion(UserStore users, GroupStore groups, RefreshTokenStore refreshTokens, PasskeyStore passkeys) {
		this.users = users;
		this.groups = groups;
		this.refreshTokens = refreshTokens;
		this.passkeys = passkeys;
	}

	/**
	 * @return false when there was no such user
	 */
	boolean delete(String username) {
		this.groups.removeMemberships(username);
		this.refreshTokens.deleteAll(username);
		this.passkeys.deleteAll(username);
		return this.users.delete(username);
	}

}
