package dev.passwordless.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock plus an offset that can be moved forward: give it to
 * {@link LocalCognito#start(LocalCognitoConfig, Clock)} to expire sessions and tokens in
 * tests without waiting.
 */
public final class MovableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	/** Moves this clock forward. */
	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
