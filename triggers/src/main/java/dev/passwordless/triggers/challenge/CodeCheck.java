package dev.passwordless.triggers.challenge;

import java.time.Clock;
import java.util.Map;

import javax.crypto.SecretKey;

/**
 * Verify auth challenge response without AWS types: right only for the unexpired code of
 * this user, compared in constant time. Anything else is simply wrong, never an error.
 */
public final class CodeCheck {

	private final int codeLength;

	private final CodeHasher hasher;

	private final Clock clock;

	/**
	 * @param codeLength digits per code
	 * @param codeHashKey the {@code CODE_HASH_KEY} that Create hashed the code with
	 * @param clock the time source, for the code's expiry
	 */
	public CodeCheck(int codeLength, SecretKey codeHashKey, Clock clock) {
		this.codeLength = codeLength;
		this.hasher = new CodeHasher(codeHashKey);
		this.clock = clock;
	}

	/**
	 * Checks an answer. Anything that is not exactly the expected number of ASCII digits
	 * (after trimming), an expired code, an unknown user or a missing challenge is wrong.
	 * @param userName Cognito's internal user name
	 * @param privateParameters what Create stored for Verify, possibly null
	 * @param answer what the user typed, possibly null
	 * @param userNotFound whether Cognito flagged the user as unknown
	 * @return whether the answer is right
	 */
	public boolean isCorrect(String userName, Map<String, String> privateParameters, String answer,
			boolean userNotFound) {
		if (userNotFound || answer == null || privateParameters == null) {
			return false;
		}
		String code = trim(answer);
		if (!isDigits(code, this.codeLength)) {
			return false;
		}
		return CodeChallenge.decode(privateParameters.get(ChallengeParameters.PRIVATE_CHALLENGE))
			.filter((challenge) -> !challenge.isExpired(this.clock.instant()))
			.map((challenge) -> challenge.matches(this.hasher, userName, code))
			.orElse(false);
	}

	/** Strips all kinds of spaces people paste, the no-break ones included. */
	private static String trim(String answer) {
		int start = 0;
		int end = answer.length();
		while (start < end && isSpace(answer.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(answer.charAt(end - 1))) {
			end--;
		}
		return answer.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static boolean isDigits(String value, int length) {
		if (value.length() != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

}
