package dev.passwordless.triggers;

/**
 * A registration was refused. Cognito passes the message on as
 * {@code PreSignUp failed with error <message>.}, so it is written for the person
 * registering.
 */
public class SignUpRejectedException extends RuntimeException {

	public SignUpRejectedException(String message) {
		super(message);
	}

}
