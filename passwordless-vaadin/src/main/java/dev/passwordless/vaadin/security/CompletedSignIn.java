package dev.passwordless.vaadin.security;

import java.io.Serializable;

import com.vaadin.flow.server.WrappedSession;
import dev.passwordless.vaadin.cognito.CognitoTokens;

/**
 * A verified sign-in, handed from the code step to {@link SignInRoutes#COMPLETE} inside
 * the HTTP session.
 *
 * @param user the verified user
 * @param tokens their tokens
 */
public record CompletedSignIn(CognitoUser user, CognitoTokens tokens) implements Serializable {

	/** Leaves this sign-in in the session for the completion step. */
	public static void store(WrappedSession session, CompletedSignIn completed) {
		session.setAttribute(SessionKeys.COMPLETED, completed);
	}

}
