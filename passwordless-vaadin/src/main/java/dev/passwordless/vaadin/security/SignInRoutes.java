package dev.passwordless.vaadin.security;

/** Where the sign-in lives, for the security rules and the views alike. */
public final class SignInRoutes {

	/** The sign-in view's route (no leading slash, as Vaadin routes are written). */
	public static final String LOGIN = "login";

	/** The registration view's route. */
	public static final String REGISTER = "register";

	/**
	 * The view that asks whether an account that exists for the number is the person's
	 * own (a number may have belonged to someone else before).
	 */
	public static final String EXISTING_ACCOUNT = "existing-account";

	/**
	 * The query parameter with which that view sends a person whose account it was not to
	 * the sign-in view, which tells them what to do.
	 */
	public static final String NOT_YOURS = "not-yours";

	/** The plain HTTP request that completes a verified sign-in. */
	public static final String COMPLETE = "/signin/complete";

	/**
	 * The query parameter with which the completion sends the browser back to the sign-in
	 * view when it could not complete (a missing, wrong, expired or used nonce).
	 */
	public static final String NOT_COMPLETED = "not-completed";

	/**
	 * The query parameter with which a sign-out sends the browser to the sign-in view,
	 * which confirms it.
	 */
	public static final String SIGNED_OUT = "signed-out";

	/** The sign-in page's parameter after the person deleted their account. */
	public static final String ACCOUNT_DELETED = "account-deleted";

	/**
	 * The query parameter with which a stolen or replayed remember-me cookie sends the
	 * browser to the sign-in view: every device of that user was signed out.
	 */
	public static final String SIGN_IN_AGAIN = "sign-in-again";

	/**
	 * The health endpoints a load balancer and an orchestrator ask, without signing in.
	 */
	public static final String[] HEALTH = { "/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness" };

	/**
	 * The offer of a passkey after a sign-in by code (for signed-in people only).
	 */
	public static final String PASSKEY_OFFER = "passkey-offer";

	/** The development SMS inbox's route; it exists under the offline default only. */
	public static final String DEV_SMS_INBOX = "dev/sms-inbox";

	/** The module's own static files (its stylesheet). */
	public static final String STATIC = "/passwordless/**";

	private SignInRoutes() {
	}

}
