package dev.passwordless.local;

import java.time.Duration;

/**
 * The durations a setting accepts (Cognito's own limits), refused in the words people
 * write them: {@code authSessionValidity must be 3m to 15m, was 1h}.
 *
 * @param min the shortest accepted
 * @param max the longest accepted
 */
record DurationRange(Duration min, Duration max) {

	/**
	 * @param name the setting's name, which the message starts with
	 * @throws IllegalArgumentException when the value is missing or outside the range
	 */
	void check(String name, Duration value) {
		if (value == null || value.compareTo(this.min) < 0 || value.compareTo(this.max) > 0) {
			throw new IllegalArgumentException(
					name + " must be " + describe(this.min) + " to " + describe(this.max) + ", was " + describe(value));
		}
	}

	/** A duration the way people write it: 250ms, 30s, 5m, 1h, 30d. */
	static String describe(Duration duration) {
		if (duration == null) {
			return "nothing";
		}
		long millis = duration.toMillis();
		long[] units = { 86_400_000, 3_600_000, 60_000, 1_000 };
		String[] names = { "d", "h", "m", "s" };
		for (int i = 0; i < units.length; i++) {
			if (millis != 0 && millis % units[i] == 0) {
				return (millis / units[i]) + names[i];
			}
		}
		return millis + "ms";
	}

}
