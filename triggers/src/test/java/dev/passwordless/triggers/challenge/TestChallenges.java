package dev.passwordless.triggers.challenge;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

/**
 * Stored code challenges for tests outside this package, made and read as Create and
 * Verify do.
 */
public final class TestChallenges {

	private TestChallenges() {
	}

	/** The stored form of a challenge for this user and code. */
	public static String encoded(String userName, String code, Instant expiresAt) {
		return CodeChallenge.issue(userName, code, expiresAt, new SecureRandom()).encode();
	}

	/** Whether a stored challenge is one this user answers with this code. */
	public static boolean matches(String encoded, String userName, String code) {
		return CodeChallenge.decode(encoded).filter((challenge) -> challenge.matches(userName, code)).isPresent();
	}

	/** Whether a value has the stored form at all. */
	public static Optional<Instant> expiryOf(String encoded) {
		return CodeChallenge.decode(encoded).map(CodeChallenge::expiresAt);
	}

}
