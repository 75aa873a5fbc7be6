package dev.passwordless.vaadin.cognito;

/**
 * Something the person signing in has to know, in words for them. Never carries AWS's own
 * message.
 */
public class SignInProblem extends RuntimeException {

	/** What went wrong, so views can react (e.g. go back to the number). */
	public enum Kind {

		INVALID_INPUT, INVALID_NAME, SMS_FAILED, CODE_FAILED, SESSION_EXPIRED, RATE_LIMITED, UNAVAILABLE

	}

	private final Kind kind;

	public SignInProblem(Kind kind, String message) {
		super(message, null, false, false);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

}
