package dev.passwordless.triggers.challenge;

/**
 * One round of a sign-in as Cognito's session history records it, without AWS types.
 *
 * @param challengeName the challenge that was asked
 * @param correct whether the answer was right
 * @param metadata what Create stored with it, or null
 */
public record ChallengeRound(String challengeName, boolean correct, String metadata) {

	boolean isOurs() {
		return ChallengeParameters.CUSTOM_CHALLENGE.equals(this.challengeName);
	}

}
