package dev.passwordless.vaadin.store;

import java.time.Clock;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.SendLimitStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JDBC store on H2 in PostgreSQL mode, as the default (an H2 file) runs it: the
 * contract every store must meet, the races included.
 */
class JdbcSendLimitStoreH2Test extends SendLimitStoreContract {

	private static HikariDataSource pool;

	private static SendLimitStore store;

	@BeforeAll
	static void database() {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:h2:mem:limits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + StoreDefaults.H2_OPTIONS);
		config.setUsername("sa");
		config.setMaximumPoolSize(10);
		pool = new HikariDataSource(config);
		store = new JdbcSendLimitStore(PasswordlessDatabase.migrated(pool), Clock.systemUTC());
	}

	@AfterAll
	static void close() {
		pool.close();
	}

	@Override
	protected SendLimitStore store() {
		return store;
	}

}
