package dev.passwordless.triggers.challenge;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a round's code goes, for {@link CodeIssuer}: a sign-in's number, or a number
 * change's new number (decision 005). It holds what tells the two apart: which earlier
 * round's code a round reuses, and how the answer names the number.
 *
 * @param phoneNumber the number, null for an unknown user
 * @param newNumber whether it is a number change's new number
 */
record CodeRecipient(String phoneNumber, boolean newNumber) {

	/** No one's: a decoy's. */
	static final CodeRecipient UNKNOWN = new CodeRecipient(null, false);

	/**
	 * The code of an earlier round this round reuses: one to the same number, of the same
	 * kind.
	 */
	Optional<CodeChallenge> earlierCode(ChallengeRound round) {
		if (!this.newNumber) {
			return CodeChallenge.decode(round.metadata());
		}
		return NewNumberCode.decode(round.metadata())
			.filter((earlier) -> earlier.newPhoneNumber().equals(this.phoneNumber))
			.map(NewNumberCode::code);
	}

	/**
	 * The answer: the public parameters (with {@value ChallengeParameters#TARGET} for the
	 * new number), the code for Verify, the metadata for the next rounds.
	 * @param challenge the round's challenge
	 * @param codeLength how many digits codes have
	 * @param attemptsLeft how many wrong answers the session may still give
	 * @param outcome how the round ended, for the log
	 */
	IssuedChallenge answer(CodeChallenge challenge, int codeLength, int attemptsLeft, String outcome) {
		Map<String, String> publicParameters = new HashMap<>(
				Map.of(ChallengeParameters.CODE_LENGTH, Integer.toString(codeLength), ChallengeParameters.EXPIRES_AT,
						Long.toString(challenge.expiresAt().getEpochSecond()), ChallengeParameters.ATTEMPTS_LEFT,
						Integer.toString(attemptsLeft)));
		String encoded = challenge.encode();
		String metadata = encoded;
		if (this.newNumber) {
			publicParameters.put(ChallengeParameters.TARGET, ChallengeParameters.NEW_NUMBER);
			metadata = new NewNumberCode(this.phoneNumber, challenge).encode();
		}
		return new IssuedChallenge(publicParameters, Map.of(ChallengeParameters.PRIVATE_CHALLENGE, encoded), metadata,
				outcome);
	}

}
