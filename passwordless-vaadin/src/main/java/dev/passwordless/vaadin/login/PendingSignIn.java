package dev.passwordless.vaadin.login;

import java.io.Serializable;
import java.time.Instant;

import dev.passwordless.vaadin.cognito.Challenge;

/**
 * A sign-in waiting for its code, kept in the HTTP session (never sent to the browser).
 *
 * @param phoneNumber the E.164 number
 * @param challenge the Cognito challenge
 * @param sentAt when the code was requested (for the resend countdown)
 */
record PendingSignIn(String phoneNumber, Challenge challenge, Instant sentAt) implements Serializable {

	/** The HTTP session attribute that holds it. */
	static final String SESSION_KEY = PendingSignIn.class.getName();

	PendingSignIn next(Challenge next) {
		return new PendingSignIn(this.phoneNumber, next, this.sentAt);
	}

}
