package dev.passwordless.vaadin.cognito;

import java.io.Serializable;

/**
 * A passkey sign-in Cognito has started ({@code USER_AUTH} answered with its
 * {@code WEB_AUTHN} challenge), kept in the HTTP session until the browser answers. Only
 * the request options go to the browser; the Cognito session string never does.
 *
 * @param username the user name Cognito's challenge is for
 * @param session Cognito's session string
 * @param requestOptions the WebAuthn request options, as JSON
 */
public record PasskeyChallenge(String username, String session, String requestOptions) implements Serializable {

	@Override
	public String toString() {
		return "PasskeyChallenge[session hidden]";
	}

}
