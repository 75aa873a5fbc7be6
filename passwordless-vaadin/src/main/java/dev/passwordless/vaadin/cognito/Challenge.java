package dev.passwordless.vaadin.cognito;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A code challenge in progress. Its Cognito session string stays on the server (in the
 * HTTP session).
 *
 * @param session Cognito's opaque session string
 * @param username Cognito's user name to answer with
 * @param codeLength digits expected
 * @param expiresAt when the code expires
 * @param attemptsLeft answers left
 * @param toNewNumber whether this code went to the new number of a number change
 * (decisions 004, 005)
 */
public record Challenge(String session, String username, int codeLength, Instant expiresAt, int attemptsLeft,
		boolean toNewNumber) implements Serializable {

	/**
	 * The challenge the Create trigger's parameters describe: 6 digits, 5 minutes and 3
	 * attempts where they say nothing (or nothing that is a number).
	 */
	static Challenge of(String session, Map<String, String> parameters, Clock clock) {
		return new Challenge(session, parameters.get("USERNAME"), integer(parameters.get("codeLength")).orElse(6),
				integer(parameters.get("expiresAt")).map(Instant::ofEpochSecond)
					.orElse(clock.instant().plusSeconds(300)),
				integer(parameters.get("attemptsLeft")).orElse(3), "new-number".equals(parameters.get("target")));
	}

	private static Optional<Integer> integer(String value) {
		try {
			return Optional.ofNullable(value).map(Integer::valueOf);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
