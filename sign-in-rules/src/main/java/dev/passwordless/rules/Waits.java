package dev.passwordless.rules;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalUnit;

/**
 * Waits as people and tokens carry them: in whole units, always rounded up, so that
 * nobody who waits as long as they are told comes back too early.
 */
public final class Waits {

	private Waits() {
	}

	/**
	 * @param wait how long, may be zero or negative
	 * @return the wait in whole seconds, rounded up (1.001 s is 2); 0 when there is no
	 * wait
	 */
	public static long roundedUpSeconds(Duration wait) {
		return roundedUp(wait, ChronoUnit.SECONDS);
	}

	/**
	 * @param wait how long, may be zero or negative
	 * @param unit the unit, e.g. {@link ChronoUnit#MINUTES}; one of a fixed length
	 * @return the wait in whole units, rounded up (61 s is 2 minutes); 0 when there is no
	 * wait
	 */
	public static long roundedUp(Duration wait, TemporalUnit unit) {
		if (wait.isNegative() || wait.isZero()) {
			return 0;
		}
		Duration length = unit.getDuration();
		long whole = wait.dividedBy(length);
		return wait.equals(length.multipliedBy(whole)) ? whole : whole + 1;
	}

}
