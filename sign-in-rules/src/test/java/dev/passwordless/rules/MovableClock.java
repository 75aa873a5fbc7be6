package dev.passwordless.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one clock tests move by hand, so that no test sleeps for time to pass. Either the
 * system clock plus an offset (for tests where real requests also take real time, such as
 * tokens checked against the system clock), or a clock that stands still until moved.
 */
public final class MovableClock extends Clock {

	private final Clock base;

	private volatile Duration offset = Duration.ZERO;

	/** The system clock, moved forward by {@link #advance(Duration)}. */
	public MovableClock() {
		this(Clock.systemUTC());
	}

	private MovableClock(Clock base) {
		this.base = base;
	}

	/**
	 * A clock that stands still until moved.
	 * @param instant where it stands
	 * @return the clock
	 */
	public static MovableClock stoppedAt(Instant instant) {
		return new MovableClock(Clock.fixed(instant, ZoneOffset.UTC));
	}

	/** Moves this clock forward. */
	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	@Override
	public Instant instant() {
		return this.base.instant().plus(this.offset);
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
