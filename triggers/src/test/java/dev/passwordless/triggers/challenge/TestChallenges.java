package dev.passwordless.triggers.challenge;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;

import javax.crypto.SecretKey;

import dev.passwordless.triggers.settings.Secrets;

/**
 * Stored code challenges for tests outside this package, made and read as Create and
 * Verify do.
 */
public final class TestChallenges {

	/** The {@code CODE_HASH_KEY} of the tests. */
	public static final String CODE_HASH_KEY = "test-code-hash-key-of-at-least-32-chars";

	private TestChallenges() {
	}

	/** The test key as the triggers read it. */
	public static SecretKey codeHashKey() {
		return Secrets.hmacKey(Map.of("CODE_HASH_KEY", CODE_HASH_KEY), "CODE_HASH_KEY");
	}

	/**
	 * The stored form of a challenge for this user and code, hashed with the test key.
	 */
	public static String encoded(String userName, String code, Instant expiresAt) {
		return CodeChallenge.issue(new CodeHasher(codeHashKey()), userName, code, expiresAt, new SecureRandom())
			.encode();
	}

	/** Whether a stored challenge is one this user answers with this code (test key). */
	public static boolean matches(String encoded, String userName, String code) {
		return CodeChallenge.decode(encoded)
			.filter((challenge) -> challenge.matches(new CodeHasher(codeHashKey()), userName, code))
			.isPresent();
	}

}
