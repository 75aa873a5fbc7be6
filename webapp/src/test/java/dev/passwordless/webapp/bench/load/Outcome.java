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
 * busy (the page then tried again by itself)
 */
record Outcome(String phone, Kind kind, Step step, String reason, long started, Map<Step, Long> stepNanos,
		List<Long> pollNanos, Optional<HomePage> home, int turnedAway) {

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
