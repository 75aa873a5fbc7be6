package dev.passwordless.vaadin.audit;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import javax.sql.DataSource;

import dev.passwordless.rules.MovableClock;
import dev.passwordless.vaadin.store.InMemoryDatabase;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The background writer: adding never blocks nor throws; what cannot be kept is dropped
 * and counted; closing writes what waits.
 */
class AuditWriterTest {

	private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");

	private static InMemoryDatabase pool;

	private static PasswordlessDatabase database;

	private final MovableClock clock = MovableClock.stoppedAt(NOW);

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@BeforeAll
	static void theDatabase() {
		pool = InMemoryDatabase.open("audit-writer");
		database = pool.database();
	}

	@AfterAll
	static void close() {
		pool.close();
	}

	@BeforeEach
	void anEmptyTable() {
		database.jdbc().update("delete from passwordless_audit");
	}

	@Test
	void addWhenTheQueueIsFullThenTheEventIsDroppedAndCountedWithoutAnException() {
		AuditWriter writer = new AuditWriter(database.jdbc(), 2, this.registry, this.clock);
		writer.add(event("sub-1"));
		writer.add(event("sub-2"));

		assertThatNoException().isThrownBy(() -> writer.add(event("sub-3")));

		assertThat(dropped("queue_full")).isEqualTo(1);
		assertThat(writer.queued()).isEqualTo(2);
		writer.writeQueued();
		assertThat(rows()).isEqualTo(2);
	}

	@Test
	void writeQueuedWhenTheDatabaseIsDownThenTheBatchIsDroppedAndCountedWithoutAnException() {
		AuditWriter writer = new AuditWriter(new JdbcTemplate(down()), 100, this.registry, this.clock);
		writer.add(event("sub-1"));
		writer.add(event("sub-2"));

		assertThatNoException().isThrownBy(writer::writeQueued);

		assertThat(dropped("database")).isEqualTo(2);
		assertThat(writer.queued()).isZero();
	}

	@Test
	void addWhenTheDatabaseIsDownForAWhileThenOneWarningAMinuteAtMost() {
		OncePerMinute warning = new OncePerMinute(this.clock);

		assertThat(warning.due()).isTrue();
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(warning.due()).isFalse();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(warning.due()).isTrue();
	}

	@Test
	void writeQueuedWhenMoreThanABatchWaitsThenOneBatchIsWrittenAtATime() {
		AuditWriter writer = new AuditWriter(database.jdbc(), 1000, this.registry, this.clock);
		for (int i = 0; i < AuditWriter.BATCH + 5; i++) {
			writer.add(event("sub-" + i));
		}

		assertThat(writer.writeQueued()).isEqualTo(AuditWriter.BATCH);
		assertThat(writer.writeQueued()).isEqualTo(5);
		assertThat(rows()).isEqualTo(AuditWriter.BATCH + 5);
	}

	@Test
	void closeWhenTheBackgroundWriterRunsThenEverythingAddedIsWrittenAndLaterEventsAreDropped() {
		AuditWriter writer = new AuditWriter(database.jdbc(), 1000, this.registry, this.clock).start();
		for (int i = 0; i < 500; i++) {
			writer.add(event("sub-" + i));
		}

		writer.close();
		writer.add(event("late"));

		assertThat(rows()).isEqualTo(500);
		assertThat(dropped("queue_full")).isEqualTo(1);
	}

	private double dropped(String reason) {
		return this.registry.counter(AuditWriter.DROPPED, "reason", reason).count();
	}

	private static int rows() {
		return database.jdbc().queryForObject("select count(*) from passwordless_audit", Integer.class);
	}

	private static AuditEvent event(String principal) {
		return new AuditEvent(NOW, principal, AuditKind.SIGNED_IN.name(), Map.of(AuditTrail.HOW, "code"));
	}

	/** A database that cannot be reached. */
	private static DataSource down() {
		return new AbstractDataSource() {
			@Override
			public java.sql.Connection getConnection() throws SQLException {
				throw new SQLException("Connection refused");
			}

			@Override
			public java.sql.Connection getConnection(String username, String password) throws SQLException {
				throw new SQLException("Connection refused");
			}
		};
	}

}
