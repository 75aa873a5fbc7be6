package dev.passwordless.webapp.bench.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one sign-in ended, and how long each of its steps took.
 *
 * @param phone the number that signed in (never printed)
 * @param kind completed, refused with a wait, or lost
 * @param step the step it ended in (the last one when completed)
 * @param reason what the page said or what went wrong; empty when completed
 * @param started when it started ({@link System#nanoTime()})
 * @param stepNanos each step reached and answered, how long the person waited for it
 * @param pollNanos each poll of the code page
 * @param home the home page, when completed and kept open
 * @param turnedAway how many times the app turned the sign-in page away because it was
 * busy (the person then came back after the wait it named)
 * @param awayNanos how long from the first sign-in page asked for to the one the app
 * took, the answers that turned the person away included; not in the steps' times
 */
record Outcome(String phone, Kind kind, Step step, String reason, long started, Map<Step, Long> stepNanos,
		List<Long> pollNanos, Optional<HomePage> home, int turnedAway, long awayNanos) {

	enum Kind {

		COMPLETED, REFUSED_WITH_WAIT, LOST

	}

	/** The time the person waited for the app, all steps together (polls excluded). */
	long waitedNanos() {
		return this.stepNanos.values().stream().mapToLong(Long::longValue).sum();
	}

	boolean completed() {
		return this.kind == Kind.COMPLETED;
	}

}
