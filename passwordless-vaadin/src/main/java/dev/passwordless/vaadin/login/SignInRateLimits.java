package dev.passwordless.vaadin.login;

import dev.passwordless.vaadin.cognito.SignInProblem;

/**
 * The app's limits on sending and checking codes, checked before Cognito is asked. Each
 * method records the attempt when it is allowed and otherwise throws a
 * {@link SignInProblem} of kind {@code RATE_LIMITED} that says when to retry. Replace the
 * bean to keep the limits elsewhere (e.g. shared by several instances).
 */
public interface SignInRateLimits {

	/**
	 * Codes sent per phone number, for registered and unknown numbers alike: per number
	 * and requester (unless the requester's browser has signed in as the number before),
	 * then for all requesters together with the Create trigger's rules (cooldown, hourly
	 * ceiling).
	 * @param phoneNumber the E.164 number
	 * @param address the requester's address
	 * @param knownDevice whether the requester's browser has signed in as the number
	 */
	void sendTo(String phoneNumber, String address, boolean knownDevice);

	/** Codes sent per client address. */
	void sendFrom(String address);

	/**
	 * Codes checked per phone number and requester (unless a known device), per phone
	 * number for all requesters together, and per client address.
	 */
	void check(String phoneNumber, String address, boolean knownDevice);

}
