package dev.passwordless.vaadin.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether a warning is due: at most one a minute, so a database that is down for an hour
 * gives the log 60 lines, not one per sign-in.
 */
final class OncePerMinute {

	static final Duration INTERVAL = Duration.ofMinutes(1);

	private final Clock clock;

	private final AtomicLong lastAt = new AtomicLong(Long.MIN_VALUE);

	OncePerMinute(Clock clock) {
		this.clock = clock;
	}

	/** True for the first call of each minute, false for the others. */
	boolean due() {
		long now = this.clock.millis();
		long last = this.lastAt.get();
		return (last == Long.MIN_VALUE || now - last >= INTERVAL.toMillis()) && this.lastAt.compareAndSet(last, now);
	}

}
