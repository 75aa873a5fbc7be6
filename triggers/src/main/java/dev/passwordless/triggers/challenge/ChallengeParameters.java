package dev.passwordless.triggers.challenge;

/**
 * Names of the public challenge parameters that Create sends to the client (next to
 * Cognito's own {@code USERNAME}). Registered and unknown numbers get the same set with
 * values of the same shape, from the same inputs (settings, time, wrong answers), so they
 * tell nothing apart; the number itself is not among them (the app knows what the person
 * typed).
 */
public final class ChallengeParameters {

	/** Number of digits of the code. */
	public static final String CODE_LENGTH = "codeLength";

	/** When the code expires, in epoch seconds. */
	public static final String EXPIRES_AT = "expiresAt";

	/** Answers left in this sign-in attempt, including the one being asked for. */
	public static final String ATTEMPTS_LEFT = "attemptsLeft";

	/**
	 * Where the code went, in a number change's rounds only (decision 005):
	 * {@value #NEW_NUMBER}. An ordinary sign-in has none.
	 */
	public static final String TARGET = "target";

	/** The {@value #TARGET} of a code sent to the new number of a number change. */
	public static final String NEW_NUMBER = "new-number";

	/**
	 * The private parameter that carries the encoded code challenge from Create to
	 * Verify; never sent to the client.
	 */
	public static final String PRIVATE_CHALLENGE = "challenge";

	/** Cognito's name for the only challenge these triggers use. */
	public static final String CUSTOM_CHALLENGE = "CUSTOM_CHALLENGE";

	private ChallengeParameters() {
	}

}
