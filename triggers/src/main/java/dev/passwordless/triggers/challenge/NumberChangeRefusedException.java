package dev.passwordless.triggers.challenge;

import dev.passwordless.rules.Refusal;

/**
 * A number change was refused (decision 005), by the trigger that throws this: Cognito
 * ends the sign-in and hands the message on as
 * {@code <Trigger> failed with error <message>.}; the message is the {@link Refusal}
 * token, which the app words. It never holds a number.
 */
public class NumberChangeRefusedException extends RuntimeException {

	public NumberChangeRefusedException(Refusal.Reason reason) {
		this(Refusal.of(reason));
	}

	public NumberChangeRefusedException(Refusal refusal) {
		super(refusal.toMessage(), null, false, false);
	}

}
