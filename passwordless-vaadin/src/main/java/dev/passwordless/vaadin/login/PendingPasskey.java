package dev.passwordless.vaadin.login;

import java.io.Serializable;

import dev.passwordless.vaadin.cognito.PasskeyChallenge;

/**
 * A passkey sign-in waiting for the browser's credential, in the HTTP session.
 *
 * @param phoneNumber the number it is for
 * @param challenge Cognito's challenge, or null when Cognito offered no passkey sign-in
 * (the browser was given options no passkey answers, as for any number); how long it
 * stands is Cognito's session's to say
 */
record PendingPasskey(String phoneNumber, PasskeyChallenge challenge) implements Serializable {

	@Override
	public String toString() {
		return "PendingPasskey[number and challenge hidden]";
	}

}
