package dev.passwordless.vaadin.cognito;

import java.io.Serializable;
import java.time.Instant;

/**
 * A code challenge in progress. Its Cognito session string stays on the server (in the
 * HTTP session).
 *
 * @param session Cognito's opaque session string
 * @param username Cognito's user name to answer with
 * @param codeLength digits expected
 * @param expiresAt when the code expires
 * @param attemptsLeft answers left
 * @param toNewNumber whether this code went to the new number of a number change (its
 * second round, decision 004)
 */
public record Challenge(String session, String username, int codeLength, Instant expiresAt, int attemptsLeft,
		boolean toNewNumber) implements Serializable {
}
