package dev.passwordless.triggers.signup;

import dev.passwordless.rules.Refusal;

/**
 * A registration was refused. Cognito passes the message on as
 * {@code PreSignUp failed with error <message>.}; the message is the {@link Refusal}
 * token naming what is wrong, and the app words it for the person registering.
 */
public class SignUpRejectedException extends RuntimeException {

	public SignUpRejectedException(Refusal.Reason reason) {
		super(Refusal.of(reason).toMessage(), null, false, false);
	}

}
