package dev.passwordless.vaadin.login.ui;

/**
 * The words of "Stay signed in" and of a database that is down, in one place until they
 * move to the message bundles.
 */
final class StaySignedInWords {

	/** The code step's checkbox. */
	static final String STAY_SIGNED_IN = "Stay signed in on this device";

	/** Under the checkbox. */
	static final String STAY_SIGNED_IN_HINT = "Leave this off on a shared or public computer.";

	/** The sign-in page after a remember-me cookie was stolen or replayed. */
	static final String SIGN_IN_AGAIN = "For your security you were signed out on every device. Please sign in again.";

	private StaySignedInWords() {
	}

}
