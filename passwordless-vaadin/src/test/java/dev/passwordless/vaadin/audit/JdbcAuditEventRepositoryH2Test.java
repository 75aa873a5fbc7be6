package dev.passwordless.vaadin.audit;

import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JDBC audit trail on H2 in PostgreSQL mode, the default database. */
class JdbcAuditEventRepositoryH2Test extends JdbcAuditEventRepositoryContract {

	private static HikariDataSource pool;

	private static PasswordlessDatabase database;

	@BeforeAll
	static void migrate() {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:h2:mem:audit-" + UUID.randomUUID()
				+ ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		config.setUsername("sa");
		pool = new HikariDataSource(config);
		database = PasswordlessDatabase.migrated(pool);
	}

	@AfterAll
	static void close() {
		pool.close();
	}

	@Override
	protected PasswordlessDatabase database() {
		return database;
	}

}
