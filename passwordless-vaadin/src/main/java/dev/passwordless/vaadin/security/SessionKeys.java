package dev.passwordless.vaadin.security;

/**
 * Every HTTP session attribute the sign-in keeps, in one place. The session holds the
 * Cognito session string and the tokens; none of it ever reaches the browser.
 */
public final class SessionKeys {

	/** The signed-in user's {@code CognitoTokens}. */
	public static final String TOKENS = SessionKeys.class.getName() + ".tokens";

	/**
	 * When the session was signed in, to end it when its user signs out everywhere later.
	 */
	public static final String SIGNED_IN_AT = SessionKeys.class.getName() + ".signedInAt";

	/**
	 * What this session last proved and when ({@link ProvedFactor}: a code from an SMS at
	 * its sign-in or a step-up, or a passkey), kept for the authentication rebuilt when
	 * the tokens are refreshed.
	 */
	public static final String FACTOR_PROVED = SessionKeys.class.getName() + ".factorProved";

	/**
	 * Where a step-up (a new code for a signed-in person) goes once the code is proved: a
	 * local path.
	 */
	public static final String STEP_UP_TARGET = SessionKeys.class.getName() + ".stepUpTarget";

	/**
	 * The series of the device's "stay signed in" record this session is tied to, if it
	 * has one: once that record is gone ("Sign out this device" from another one), the
	 * session ends too.
	 */
	public static final String DEVICE = SessionKeys.class.getName() + ".device";

	/** A sign-in whose code was right, waiting for the completion step and its nonce. */
	public static final String COMPLETED = SessionKeys.class.getName() + ".completed";

	/**
	 * A sign-in waiting for its code: the number, the Cognito challenge, when it was
	 * sent.
	 */
	public static final String PENDING_SIGN_IN = SessionKeys.class.getName() + ".pendingSignIn";

	/**
	 * A passkey sign-in waiting for the browser's answer: the number, the Cognito session
	 * and the options the browser was given.
	 */
	public static final String PENDING_PASSKEY = SessionKeys.class.getName() + ".pendingPasskey";

	/**
	 * Whether the browser said its device can make a passkey with its own screen lock:
	 * only then is a passkey offered after a sign-in by code.
	 */
	public static final String PLATFORM_AUTHENTICATOR = SessionKeys.class.getName() + ".platformAuthenticator";

	/** Where a sign-in goes after the passkey offer ("Not now" or a passkey made). */
	public static final String AFTER_PASSKEY_OFFER = SessionKeys.class.getName() + ".afterPasskeyOffer";

	/** The number last typed in this browser, shown again on the way back. */
	public static final String TYPED_NUMBER = SessionKeys.class.getName() + ".typedNumber";

	/**
	 * A verified sign-in into an account that existed before, waiting for the person to
	 * say it is theirs.
	 */
	public static final String UNCONFIRMED_ACCOUNT = SessionKeys.class.getName() + ".unconfirmedAccount";

	private SessionKeys() {
	}

}
