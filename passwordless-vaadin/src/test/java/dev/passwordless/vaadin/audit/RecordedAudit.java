package dev.passwordless.vaadin.audit;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;

/** An audit trail for tests: what it published, in order. */
public final class RecordedAudit {

	private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

	private final AuditTrail trail;

	public RecordedAudit(Clock clock) {
		this.trail = new AuditTrail((event) -> {
			if (event instanceof AuditApplicationEvent audit) {
				this.events.add(audit.getAuditEvent());
			}
		}, clock);
	}

	/** The trail to give the code under test. */
	public AuditTrail trail() {
		return this.trail;
	}

	/** Every event published. */
	public List<AuditEvent> events() {
		return List.copyOf(this.events);
	}

	/** The types of every event published, in order. */
	public List<String> kinds() {
		return this.events.stream().map(AuditEvent::getType).toList();
	}

	/** The last event of a kind. */
	public AuditEvent last(AuditKind kind) {
		return this.events.reversed()
			.stream()
			.filter((event) -> event.getType().equals(kind.name()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + kind + " in " + kinds()));
	}

	/** Forgets what was published. */
	public void clear() {
		this.events.clear();
	}

}
