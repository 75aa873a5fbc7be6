package dev.passwordless.triggers.challenge;

/**
 * Whether a number already belongs to an account of the pool: a number change's new
 * number must not (decision 005). Cognito keeps {@code phone_number} unique as an alias,
 * so this only spares the person a code that could not be used.
 */
@FunctionalInterface
public interface NumberOwners {

	/**
	 * @param userPoolId the pool
	 * @param phoneNumber an E.164 number
	 * @return whether a user of the pool has it as {@code phone_number}
	 */
	boolean hasAccount(String userPoolId, String phoneNumber);

}
