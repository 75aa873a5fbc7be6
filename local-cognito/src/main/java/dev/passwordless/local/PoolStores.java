package dev.passwordless.local;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passwordless.local.store.Database;
import dev.passwordless.local.store.EmbeddedSendLimitStore;
import dev.passwordless.local.store.GroupStore;
import dev.passwordless.local.store.PasskeyStore;
import dev.passwordless.local.store.RefreshTokenStore;
import dev.passwordless.local.store.SigningKeyStore;
import dev.passwordless.local.store.UserStore;

/**
 * One store per table of the pool's database.
 *
 * @param users the users and their attributes
 * @param groups the groups and their members
 * @param refreshTokens the refresh tokens handed out, by hash
 * @param keys the pool's secrets by purpose: the signing keys, the triggers' and the app
 * client's
 * @param sendLimits the Create trigger's send limits
 * @param passkeys the users' WebAuthn credentials
 */
record PoolStores(UserStore users, GroupStore groups, RefreshTokenStore refreshTokens, SigningKeyStore keys,
		EmbeddedSendLimitStore sendLimits, PasskeyStore passkeys) {

	static PoolStores open(Database database, ObjectMapper json, Clock clock) {
		return new PoolStores(new UserStore(database, json), new GroupStore(database), new RefreshTokenStore(database),
				new SigningKeyStore(database), new EmbeddedSendLimitStore(database, clock), new PasskeyStore(database));
	}

}
