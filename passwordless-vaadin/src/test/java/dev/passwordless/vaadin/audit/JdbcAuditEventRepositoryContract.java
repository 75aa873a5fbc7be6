package dev.passwordless.vaadin.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.passwordless.rules.MovableClock;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the JDBC audit trail does on every database it supports: rows written in batches
 * by the writer (driven here by the test, not its thread), read back newest first, paged
 * and filtered, pruned by time.
 */
abstract class JdbcAuditEventRepositoryContract {

	static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");

	private final MovableClock clock = MovableClock.stoppedAt(NOW);

	private AuditWriter writer;

	private JdbcAuditEventRepository repository;

	private AuditTrail trail;

	/** The migrated database under test. */
	protected abstract PasswordlessDatabase database();

	@BeforeEach
	void anEmptyTrail() {
		database().jdbc().update("delete from passwordless_audit");
		this.writer = new AuditWriter(database().jdbc(), 1000, new SimpleMeterRegistry(), this.clock);
		this.repository = new JdbcAuditEventRepository(database(), this.writer);
		this.trail = new AuditTrail((event) -> this.repository.add(((AuditApplicationEvent) event).getAuditEvent()),
				this.clock);
	}

	@Test
	void addWhenWrittenThenFindReturnsTheEventWithItsDataInColumnsAndDetails() {
		this.trail.event(AuditKind.CODE_REFUSED)
			.number("+12025550140")
			.from("192.0.2.40", "Mozilla/5.0")
			.with(AuditTrail.REASON, "rate_limited")
			.publish();

		this.writer.writeQueued();

		List<AuditEvent> found = this.repository.find(null, null, null);
		assertThat(found).singleElement().satisfies((event) -> {
			assertThat(event.getTimestamp()).isEqualTo(NOW);
			assertThat(event.getType()).isEqualTo("CODE_REFUSED");
			assertThat(event.getPrincipal()).isEqualTo(AuditTrail.UNKNOWN);
			assertThat(event.getData()).containsEntry(AuditTrail.MASKED_NUMBER, "+*******0140")
				.containsEntry(AuditTrail.CLIENT_ADDRESS, "192.0.2.40")
				.containsEntry(AuditTrail.USER_AGENT, "Mozilla/5.0")
				.containsEntry(AuditTrail.ACTOR, AuditTrail.SELF)
				.containsEntry(AuditTrail.REASON, "rate_limited");
		});
	}

	@Test
	void addWhenAnEventOfAnotherPublisherCarriesAFullNumberThenOnlyItsMaskedFormIsStored() {
		this.repository.add(new AuditEvent(NOW, "sub-1", "ADMIN_ACTION",
				Map.of(AuditTrail.MASKED_NUMBER, "+44 7700 900123", AuditTrail.ACTOR, "sub-admin")));

		this.writer.writeQueued();

		assertThat(database().jdbc().queryForObject("select masked_number from passwordless_audit", String.class))
			.isEqualTo("+********0123");
	}

	@Test
	void findWhenAPrincipalATypeAndATimeAreGivenThenOnlyTheirEventsNewestFirst() {
		publish(AuditKind.SIGNED_IN, "sub-a", NOW.minusSeconds(30));
		publish(AuditKind.SIGNED_IN, "sub-a", NOW.minusSeconds(10));
		publish(AuditKind.SIGNED_OUT, "sub-a", NOW.minusSeconds(5));
		publish(AuditKind.SIGNED_IN, "sub-b", NOW.minusSeconds(5));
		publish(AuditKind.SIGNED_IN, "sub-a", NOW.minusSeconds(60));
		this.writer.writeQueued();

		assertThat(this.repository.find("sub-a", NOW.minusSeconds(40), "SIGNED_IN"))
			.extracting(AuditEvent::getTimestamp)
			.containsExactly(NOW.minusSeconds(10), NOW.minusSeconds(30));
	}

	@Test
	void pageWhenFilteredByKindAndTimeRangeThenOnlyThoseRowsNewestFirstAndPaged() {
		for (int i = 1; i <= 30; i++) {
			publish(AuditKind.CODE_SENT, "unknown", NOW.minusSeconds(i));
			publish(AuditKind.CODE_REQUESTED, "unknown", NOW.minusSeconds(i));
		}
		this.writer.writeQueued();
		AuditQuery sentInTwentySeconds = new AuditQuery(Optional.empty(), Optional.of(AuditKind.CODE_SENT),
				Optional.of(NOW.minusSeconds(20)), Optional.of(NOW.minusSeconds(5)));

		List<AuditRow> second = this.repository.page(sentInTwentySeconds, 10, 10);

		assertThat(second).extracting(AuditRow::time)
			.containsExactly(NOW.minusSeconds(16), NOW.minusSeconds(17), NOW.minusSeconds(18), NOW.minusSeconds(19),
					NOW.minusSeconds(20));
		assertThat(second).extracting(AuditRow::kind).containsOnly("CODE_SENT");
	}

	@Test
	void pageWhenFilteredByUserThenBySubAsPrincipalOrActorOrByTheNumbersLastDigits() {
		this.trail.event(AuditKind.SIGNED_IN).user("sub-c").number("+12025550141").publish();
		this.trail.event(AuditKind.ADMIN_ACTION).user("sub-d").by("sub-c").number("+12025550142").publish();
		this.trail.event(AuditKind.CODE_SENT).number("+12025550143").publish();
		this.writer.writeQueued();

		assertThat(this.repository.page(user("sub-c"), 0, 10)).extracting(AuditRow::kind)
			.containsExactlyInAnyOrder("SIGNED_IN", "ADMIN_ACTION");
		assertThat(this.repository.page(user("0143"), 0, 10)).extracting(AuditRow::kind).containsExactly("CODE_SENT");
		assertThat(this.repository.page(user("+1 202 555 0143"), 0, 10)).hasSize(1);
		assertThat(this.repository.page(user("sub-d"), 0, 10)).extracting(AuditRow::actor).containsExactly("sub-c");
	}

	@Test
	void pruneWhenRowsAreOlderThanTheRetentionThenOnlyThoseAreDeleted() {
		publish(AuditKind.SIGNED_IN, "sub-e", NOW.minus(Duration.ofDays(91)));
		publish(AuditKind.SIGNED_IN, "sub-e", NOW.minus(Duration.ofDays(89)));
		this.writer.writeQueued();
		AuditRetention retention = new AuditRetention(this.repository, Duration.ofDays(90), this.clock);

		assertThat(retention.prune()).isEqualTo(1);
		this.clock.advance(Duration.ofDays(2));
		assertThat(retention.prune()).isEqualTo(1);
		assertThat(this.repository.find(null, null, null)).isEmpty();
	}

	private void publish(AuditKind kind, String principal, Instant at) {
		this.repository.add(new AuditEvent(at, principal, kind.name(), Map.of()));
	}

	private static AuditQuery user(String user) {
		return new AuditQuery(Optional.of(user), Optional.empty(), Optional.empty(), Optional.empty());
	}

}
