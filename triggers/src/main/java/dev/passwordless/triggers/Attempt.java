package dev.passwordless.triggers;

/**
 * One entry of Cognito's session history, without AWS types.
 *
 * @param challengeName the challenge that was asked
 * @param correct whether the answer was right
 * @param metadata what Create stored with it, or null
 */
record Attempt(String challengeName, boolean correct, String metadata) {

	boolean isOurs() {
		return ChallengeParameters.CUSTOM_CHALLENGE.equals(this.challengeName);
	}

}
