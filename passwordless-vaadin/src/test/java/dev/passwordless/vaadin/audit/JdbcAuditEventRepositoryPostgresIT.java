package dev.passwordless.vaadin.audit;

import dev.passwordless.testing.postgres.PostgresServer;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JDBC audit trail on a real PostgreSQL 15. */
class JdbcAuditEventRepositoryPostgresIT extends JdbcAuditEventRepositoryContract {

	@RegisterExtension
	static final PostgresServer POSTGRES = new PostgresServer();

	private static PasswordlessDatabase database;

	@BeforeAll
	static void migrate() {
		database = PasswordlessDatabase.migrated(POSTGRES.newPool(4));
	}

	@Override
	protected PasswordlessDatabase database() {
		return database;
	}

}
