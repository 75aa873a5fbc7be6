package dev.passwordless.webapp.bench.load.vaadin;

/**
 * The app answered, but not as a browser following the sign-in expects: an HTTP status
 * other than the one due, an expired session, a page without the element to use.
 */
public final class UnexpectedAnswer extends RuntimeException {

	public UnexpectedAnswer(String message) {
		super(message);
	}

}
