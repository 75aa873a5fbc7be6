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
	 * Codes sent per phone number, with the Create trigger's rules (cooldown, hourly
	 * cap), for registered and unknown numbers alike.
	 */
	void sendTo(String phoneNumber);

	/** Codes sent per client address. */
	void sendFrom(String address);

	/** Codes checked per phone number and per client address. */
	void check(String phoneNumber, String address);

}
