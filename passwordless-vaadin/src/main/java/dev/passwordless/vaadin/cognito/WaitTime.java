package dev.passwordless.vaadin.cognito;

/** A wait in words people read at a glance: seconds, then minutes, then hours. */
public final class WaitTime {

	private WaitTime() {
	}

	/**
	 * @param seconds the wait, at least 1
	 * @return e.g. "30 seconds", "5 minutes", "14 hours", always rounded up
	 */
	public static String inWords(long seconds) {
		long wait = Math.max(1, seconds);
		if (wait < 120) {
			return wait + ((wait == 1) ? " second" : " seconds");
		}
		if (wait < 7200) {
			return ((wait + 59) / 60) + " minutes";
		}
		return ((wait + 3599) / 3600) + " hours";
	}

}
