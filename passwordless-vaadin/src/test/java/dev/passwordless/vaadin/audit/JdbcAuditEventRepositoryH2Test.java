package dev.passwordless.vaadin.audit;

import dev.passwordless.vaadin.store.InMemoryDatabase;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JDBC audit trail on H2 in PostgreSQL mode, the default database. */
class JdbcAuditEventRepositoryH2Test extends JdbcAuditEventRepositoryContract {

	private static InMemoryDatabase pool;

	private static PasswordlessDatabase database;

	@BeforeAll
	static void migrate() {
		pool = InMemoryDatabase.open("audit");
		database = pool.database();
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
