package dev.passwordless.triggers.challenge;

import java.util.Optional;

/**
 * The challenge metadata of a number change's rounds: the code sent to the new number,
 * and that number, so that Define issues tokens only for the number the code went to, and
 * Create reuses the code only for it. It stays in Cognito's session, never reaches the
 * client and is never logged.
 *
 * @param newPhoneNumber the number the code went to
 * @param code the code
 */
record NewNumberCode(String newPhoneNumber, CodeChallenge code) {

	private static final String PREFIX = "NEWNUMBER:";

	String encode() {
		return PREFIX + this.newPhoneNumber + ":" + this.code.encode();
	}

	/**
	 * Reads what {@link #encode()} wrote.
	 * @param value challenge metadata; may be null or anything else
	 * @return the change's code, or empty when the value is not one (an ordinary round's)
	 */
	static Optional<NewNumberCode> decode(String value) {
		if (value == null || !value.startsWith(PREFIX)) {
			return Optional.empty();
		}
		int end = value.indexOf(':', PREFIX.length());
		if (end < 0) {
			return Optional.empty();
		}
		return CodeChallenge.decode(value.substring(end + 1))
			.map((code) -> new NewNumberCode(value.substring(PREFIX.length(), end), code));
	}

	/** Whether a round was a number change's. */
	static boolean isNumberChange(ChallengeRound round) {
		return decode(round.metadata()).isPresent();
	}

}
