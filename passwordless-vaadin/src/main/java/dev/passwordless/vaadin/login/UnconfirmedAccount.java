package dev.passwordless.vaadin.login;

import java.io.Serializable;

import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.security.CognitoUser;

/**
 * A verified sign-in into an account that existed before, kept in the HTTP session until
 * the person says it is theirs.
 *
 * @param user the account's user
 * @param tokens its tokens
 * @param staySignedIn whether "Stay signed in on this device" was ticked
 */
public record UnconfirmedAccount(CognitoUser user, CognitoTokens tokens, boolean staySignedIn) implements Serializable {
}
