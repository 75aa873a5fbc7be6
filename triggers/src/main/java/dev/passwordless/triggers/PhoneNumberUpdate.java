package dev.passwordless.triggers;

/**
 * Replaces a user's phone number with a new one, verified, once a number change's code to
 * the new number was right (decision 005).
 */
@FunctionalInterface
interface PhoneNumberUpdate {

	/**
	 * @throws dev.passwordless.triggers.challenge.NumberChangeRefusedException
	 * ({@code NUMBER_TAKEN}) when another account has the number
	 */
	void replace(String userPoolId, String userName, String newPhoneNumber);

}
