package dev.passwordless.triggers.sms;

import java.time.Duration;

/**
 * Waits, so that a request that sends nothing takes as long as one that sends. Injected,
 * so that tests note the wait instead of sleeping through it.
 */
@FunctionalInterface
public interface Pause {

	/**
	 * Waits for about this long.
	 * @param duration how long; zero or negative returns at once
	 */
	void pause(Duration duration);

	/** The real wait: sleeps the thread (an interrupt ends it early and is kept). */
	static Pause sleeping() {
		return (duration) -> {
			if (duration.isPositive()) {
				try {
					Thread.sleep(duration);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		};
	}

}
