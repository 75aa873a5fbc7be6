package dev.passwordless.vaadin.store;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in's tables in the application's database, migrated by the starter's own
 * Flyway: migrations in {@value #LOCATION}, history in {@value #HISTORY_TABLE}, every
 * table prefixed {@code passwordless_}, so a portal's own Flyway and tables are never
 * touched. Several instances migrating at once are serialised by Flyway's own lock (an
 * advisory lock on PostgreSQL), except for one step: Flyway decides whether to baseline
 * (is there a history table? is the schema empty?) before it takes that lock. Two
 * instances starting together on a fresh database can therefore both decide, and the
 * later one finds the other's history table created but not yet written ("already exists,
 * and is empty"). Migrating once more then finds the table and waits on the lock, so that
 * one failure, and no other, is retried once.
 */
public final class PasswordlessDatabase {

	private static final Log logger = LogFactory.getLog(PasswordlessDatabase.class);

	/**
	 * How Flyway's baseline begins its refusal when another instance's history table
	 * appeared meanwhile ("... as it already exists, and is empty", "... as it already
	 * contains migrations").
	 */
	private static final String LOST_BASELINE_RACE = "Unable to baseline schema history table";

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
		return migrated(dataSource, new Callback[0]);
	}

	/**
	 * As {@link #migrated(DataSource)}, with Flyway callbacks (the tests' way in between
	 * Flyway's steps).
	 */
	static PasswordlessDatabase migrated(DataSource dataSource, Callback... callbacks) {
		Flyway flyway = Flyway.configure()
			.dataSource(dataSource)
			.locations(LOCATION)
			.table(HISTORY_TABLE)
			// a portal's database already has tables of its own: start our history at 0
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.callbacks(callbacks)
			.load();
		try {
			flyway.migrate();
		}
		catch (FlywayException ex) {
			String message = String.valueOf(ex.getMessage());
			if (!message.startsWith(LOST_BASELINE_RACE)) {
				throw ex;
			}
			logger.warn("Migrating the sign-in's tables again: another instance created Flyway's history table "
					+ "while this one decided to baseline (" + message.lines().findFirst().orElse("") + ")");
			try {
				flyway.migrate();
			}
			catch (FlywayException again) {
				again.addSuppressed(ex);
				throw again;
			}
		}
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
