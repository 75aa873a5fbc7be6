package dev.passwordless.triggers.challenge;

/**
 * Names of the public challenge parameters that Create sends to the client (next to
 * Cognito's own {@code USERNAME}). Known and unknown users get exactly the same set.
 */
public final class ChallengeParameters {

	/** The masked phone number the code went to, e.g. {@code +*******0123}. */
	public static final String PHONE = "phone";

	/** Number of digits of the code. */
	public static final String CODE_LENGTH = "codeLength";

	/** When the code expires, in epoch seconds. */
	public static final String EXPIRES_AT = "expiresAt";

	/** Answers left in this sign-in attempt, including the one being asked for. */
	public static final String ATTEMPTS_LEFT = "attemptsLeft";

	/**
	 * The private parameter that carries the encoded code challenge from Create to
	 * Verify; never sent to the client.
	 */
	static final String PRIVATE_CHALLENGE = "challenge";

	/** Cognito's name for the only challenge these triggers use. */
	public static final String CUSTOM_CHALLENGE = "CUSTOM_CHALLENGE";

	private ChallengeParameters() {
	}

}
