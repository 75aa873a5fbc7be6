package dev.passwordless.vaadin.store;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The starter's migrations in a portal's database (H2, which has tables of its own), and
 * the one race Flyway's lock does not cover: two instances starting together on a fresh
 * database, the later one finding the other's history table created but empty.
 */
class PasswordlessDatabaseTest {

	private HikariDataSource pool;

	private JdbcTemplate jdbc;

	@BeforeEach
	void portalDatabase() {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(
				"jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + StoreDefaults.H2_OPTIONS);
		config.setUsername("sa");
		this.pool = new HikariDataSource(config);
		this.jdbc = new JdbcTemplate(this.pool);
		this.jdbc.execute("create table portal_orders (id int primary key)");
	}

	@AfterEach
	void close() {
		this.pool.close();
	}

	@Test
	void migrateWhenThePortalHasTablesOfItsOwnThenBaselinesAtZeroAndMigratesBesideThem() {
		PasswordlessDatabase.migrated(this.pool);

		assertThat(appliedVersions()).containsExactly("0", "1", "2", "3", "4", "5", "6");
		assertThat(this.jdbc.queryForObject("select count(*) from passwordless_audit", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from portal_orders", Integer.class)).isZero();
	}

	@Test
	void migrateWhenAlreadyMigratedThenChangesNothing() {
		PasswordlessDatabase.migrated(this.pool);
		PasswordlessDatabase.migrated(this.pool);

		assertThat(appliedVersions()).containsExactly("0", "1", "2", "3", "4", "5", "6");
	}

	@Test
	void migrateWhenAnotherInstanceCreatesTheHistoryTableWhileThisOneDecidesToBaselineThenMigratesAgainAndStarts() {
		AtomicInteger baselines = new AtomicInteger();
		Callback otherInstanceCreatesTheTable = onEvent(Event.BEFORE_BASELINE, () -> {
			if (baselines.getAndIncrement() == 0) {
				// the other instance's table, created and not yet written
				otherInstance().baseline();
				this.jdbc.update("delete from " + PasswordlessDatabase.HISTORY_TABLE);
			}
		});

		PasswordlessDatabase.migrated(this.pool, otherInstanceCreatesTheTable);

		assertThat(baselines).hasValue(1);
		assertThat(appliedVersions()).containsExactly("1", "2", "3", "4", "5", "6");
		assertThat(this.jdbc.queryForObject("select count(*) from passwordless_audit", Integer.class)).isZero();
	}

	@Test
	void migrateWhenAnyOtherFailureThenStopsTheStartWithoutTryingAgain() {
		AtomicInteger migrations = new AtomicInteger();
		Callback broken = onEvent(Event.BEFORE_MIGRATE, () -> {
			migrations.incrementAndGet();
			throw new IllegalStateException("the database refuses");
		});

		assertThatExceptionOfType(FlywayException.class)
			.isThrownBy(() -> PasswordlessDatabase.migrated(this.pool, broken))
			.withMessageContaining("the database refuses");
		assertThat(migrations).hasValue(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from information_schema.tables where lower(table_name) = 'passwordless_audit'",
				Integer.class))
			.isZero();
	}

	private Flyway otherInstance() {
		return Flyway.configure()
			.dataSource(this.pool)
			.locations(PasswordlessDatabase.LOCATION)
			.table(PasswordlessDatabase.HISTORY_TABLE)
			.baselineVersion("0")
			.load();
	}

	private List<String> appliedVersions() {
		return this.jdbc.queryForList("select \"version\" from " + PasswordlessDatabase.HISTORY_TABLE
				+ " where \"success\" and \"version\" is not null order by \"installed_rank\"", String.class);
	}

	private static Callback onEvent(Event event, Runnable action) {
		return new Callback() {

			@Override
			public boolean supports(Event current, Context context) {
				return current == event;
			}

			@Override
			public boolean canHandleInTransaction(Event current, Context context) {
				return true;
			}

			@Override
			public void handle(Event current, Context context) {
				action.run();
			}

			@Override
			public String getCallbackName() {
				return "test " + event;
			}

		};
	}

}
