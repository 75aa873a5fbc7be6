package dev.passwordless.vaadin.store;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in's tables in the application's database, migrated by the starter's own
 * Flyway: migrations in {@value #LOCATION}, history in {@value #HISTORY_TABLE}, every
 * table prefixed {@code passwordless_}, so a portal's own Flyway and tables are never
 * touched. Several instances migrating at once are serialised by Flyway's own lock (an
 * advisory lock on PostgreSQL).
 */
public final class PasswordlessDatabase {

	/** Where the starter's migrations are. */
	public static final String LOCATION = "classpath:db/passwordless";

	/** The starter's own Flyway history table. */
	public static final String HISTORY_TABLE = "passwordless_schema_history";

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private PasswordlessDatabase(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * Migrates the sign-in's tables and returns access to them.
	 * @param dataSource the application's database (an H2 file by default, PostgreSQL
	 * when several instances share it)
	 */
	public static PasswordlessDatabase migrated(DataSource dataSource) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations(LOCATION)
			.table(HISTORY_TABLE)
			// a portal's database already has tables of its own: start our history at 0
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
		return new PasswordlessDatabase(dataSource);
	}

	/** Statements on the sign-in's tables. */
	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	/** The database itself. */
	public DataSource dataSource() {
		return this.dataSource;
	}

}
