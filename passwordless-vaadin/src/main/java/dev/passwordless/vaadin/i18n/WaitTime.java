package dev.passwordless.vaadin.i18n;

import java.util.function.BiFunction;

/** A wait in words people read at a glance: seconds, then minutes, then hours. */
public final class WaitTime {

	private WaitTime() {
	}

	/**
	 * @param seconds the wait, at least 1
	 * @param words the message bundle: a key and its argument to words
	 * @return e.g. "30 seconds", "5 minutes", "14 hours", always rounded up
	 */
	public static String inWords(long seconds, BiFunction<String, Long, String> words) {
		long wait = Math.max(1, seconds);
		if (wait < 120) {
			return words.apply("passwordless.wait.seconds", wait);
		}
		if (wait < 7200) {
			return words.apply("passwordless.wait.minutes", (wait + 59) / 60);
		}
		return words.apply("passwordless.wait.hours", (wait + 3599) / 3600);
	}

}
