package dev.passwordless.triggers;

import java.time.Duration;

/**
 * No code was sent because a limit applies. The message is what the user may see (the web
 * app reads the wait from it); it never contains the number.
 */
public class SmsRefusedException extends RuntimeException {

	/** Why a code was not sent. */
	public enum Reason {

		/** The number's cooldown or hourly cap. */
		TOO_MANY_CODES("too many codes for this number, try again in %d seconds"),

		/** The pool's daily SMS budget is used up. */
		DAILY_BUDGET("no more codes can be sent today, try again in %d seconds"),

		/** The number's country is not on the allowlist. */
		COUNTRY("codes cannot be sent to phone numbers in this country");

		private final String message;

		Reason(String message) {
			this.message = message;
		}

	}

	private final Reason reason;

	SmsRefusedException(Reason reason, Duration retryAfter) {
		super(reason.message.formatted(Math.max(1, retryAfter.toSeconds() + ((retryAfter.toNanosPart() > 0) ? 1 : 0))),
				null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
