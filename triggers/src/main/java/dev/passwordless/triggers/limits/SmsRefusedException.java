package dev.passwordless.triggers.limits;

import java.time.Duration;

import dev.passwordless.rules.Refusal;

/**
 * No code was sent because a limit applies. The message is the machine-readable
 * {@link Refusal} token (the app chooses the words); it never contains the number.
 */
public class SmsRefusedException extends RuntimeException {

	private final Refusal.Reason reason;

	SmsRefusedException(Refusal.Reason reason, Duration retryAfter) {
		super(Refusal.of(reason, retryAfter).toMessage(), null, false, false);
		this.reason = reason;
	}

	SmsRefusedException(Refusal.Reason reason) {
		super(Refusal.of(reason).toMessage(), null, false, false);
		this.reason = reason;
	}

	public Refusal.Reason reason() {
		return this.reason;
	}

}
