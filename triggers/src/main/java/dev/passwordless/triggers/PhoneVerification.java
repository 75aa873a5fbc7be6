package dev.passwordless.triggers;

/**
 * Marks a user's phone number as verified once they proved they own it by entering a
 * code.
 */
@FunctionalInterface
interface PhoneVerification {

	void markVerified(String userPoolId, String userName);

}
