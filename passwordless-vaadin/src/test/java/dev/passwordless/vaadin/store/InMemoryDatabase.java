package dev.passwordless.vaadin.store;

import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The sign-in's database for one test class: a fresh H2 in memory in the PostgreSQL mode
 * the starter uses, migrated. Closing it is the database going away.
 */
public final class InMemoryDatabase implements AutoCloseable {

	private final HikariDataSource pool;

	private final PasswordlessDatabase database;

	private InMemoryDatabase(HikariDataSource pool) {
		this.pool = pool;
		this.database = PasswordlessDatabase.migrated(pool);
	}

	/**
	 * @param name what the database is for, in its name (each call makes a new one)
	 */
	public static InMemoryDatabase open(String name) {
		return new InMemoryDatabase(h2("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
	}

	/**
	 * A pool of up to 10 connections to an H2 database (in memory or a file) in the
	 * PostgreSQL mode the starter uses; the caller closes it.
	 * @param url the H2 URL without the mode settings
	 */
	public static HikariDataSource h2(String url) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		config.setUsername("sa");
		config.setMaximumPoolSize(10);
		return new HikariDataSource(config);
	}

	public PasswordlessDatabase database() {
		return this.database;
	}

	@Override
	public void close() {
		this.pool.close();
	}

}
