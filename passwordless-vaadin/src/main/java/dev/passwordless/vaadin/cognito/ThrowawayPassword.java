package dev.passwordless.vaadin.cognito;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password Cognito needs for an account nobody signs in to with a password, whether
 * the person registers ({@link CognitoSignUp}) or is invited: long, random, never stored
 * or shown; password sign-in is not enabled on the app client anyway.
 */
public final class ThrowawayPassword {

	private static final SecureRandom RANDOM = new SecureRandom();

	private ThrowawayPassword() {
	}

	/**
	 * A new one: 256 random bits (47 characters), with a capital, a small letter, a digit
	 * and a symbol in front, each of which a pool's password policy may require.
	 */
	public static String make() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "Aa1!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
