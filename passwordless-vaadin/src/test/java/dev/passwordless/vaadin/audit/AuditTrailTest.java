package dev.passwordless.vaadin.audit;

import java.time.Instant;

import dev.passwordless.rules.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.audit.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The events the trail publishes, without Spring. */
class AuditTrailTest {

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-12-10T10:00:00Z"));

	private final RecordedAudit audit = new RecordedAudit(this.clock);

	@Test
	void adminWhenAnAdministratorActsThenAnAdminActionAboutTheAccountByThemWithTheNumberMasked() {
		this.audit.trail().admin("sub-admin", "sub-user", "+12025550150", "disable", "done");

		AuditEvent event = this.audit.last(AuditKind.ADMIN_ACTION);
		assertThat(event.getPrincipal()).isEqualTo("sub-user");
		assertThat(event.getTimestamp()).isEqualTo(this.clock.instant());
		assertThat(event.getData()).containsEntry(AuditTrail.ACTOR, "sub-admin")
			.containsEntry(AuditTrail.MASKED_NUMBER, "+*******0150")
			.containsEntry(AuditTrail.ACTION, "disable")
			.containsEntry(AuditTrail.OUTCOME, "done");
	}

	@Test
	void adminWhenTheNumberIsAlreadyMaskedThenItIsKeptAsItIs() {
		this.audit.trail().admin("sub-admin", "sub-user", "••••••• 0150", "enable", "done");

		assertThat(this.audit.last(AuditKind.ADMIN_ACTION).getData()).containsEntry(AuditTrail.MASKED_NUMBER,
				"••••••• 0150");
	}

	@Test
	void publishWhenAListenerFailsThenTheCallerCarriesOn() {
		AuditTrail failing = new AuditTrail((event) -> {
			throw new IllegalStateException("listener broken");
		}, this.clock);

		assertThatNoException().isThrownBy(() -> failing.event(AuditKind.SIGNED_OUT).user("sub-1").publish());
	}

	@Test
	void eventWhenTheUserAgentIsLongThenItsFirst200CharactersAreKept() {
		this.audit.trail().event(AuditKind.SIGNED_OUT).from("192.0.2.1", "a".repeat(500)).publish();

		assertThat((String) this.audit.last(AuditKind.SIGNED_OUT).getData().get(AuditTrail.USER_AGENT)).hasSize(200);
	}

}
