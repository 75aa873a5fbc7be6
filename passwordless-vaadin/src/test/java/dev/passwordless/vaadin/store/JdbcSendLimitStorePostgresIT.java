package dev.passwordless.vaadin.store;

import java.time.Clock;

import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.SendLimitStoreContract;
import dev.passwordless.testing.postgres.PostgresServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JDBC store on a real PostgreSQL 15: the contract every store must meet, the races
 * included.
 */
class JdbcSendLimitStorePostgresIT extends SendLimitStoreContract {

	@RegisterExtension
	static final PostgresServer POSTGRES = new PostgresServer();

	private static SendLimitStore store;

	@BeforeAll
	static void database() {
		store = new JdbcSendLimitStore(PasswordlessDatabase.migrated(POSTGRES.newPool(20)), Clock.systemUTC());
	}

	@Override
	protected SendLimitStore store() {
		return store;
	}

}
