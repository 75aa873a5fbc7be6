package dev.passwordless.webapp.security;

import java.io.Serializable;

import dev.passwordless.webapp.cognito.CognitoTokens;

/**
 * A verified sign-in, handed from the code step to {@code /signin/complete} inside the
 * HTTP session.
 *
 * @param user the verified user
 * @param tokens their tokens
 */
public record CompletedSignIn(CognitoUser user, CognitoTokens tokens) implements Serializable {
}
