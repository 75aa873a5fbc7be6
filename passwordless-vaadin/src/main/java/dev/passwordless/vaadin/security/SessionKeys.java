package dev.passwordless.vaadin.security;

/**
 * Names of the HTTP session attributes that hold a signed-in user's server-side state.
 */
final class SessionKeys {

	/** The signed-in user's {@code CognitoTokens}. */
	static final String TOKENS = SessionKeys.class.getName() + ".tokens";

	/**
	 * When the session was first seen signed in, to end it when its user signs out
	 * everywhere later.
	 */
	static final String SIGNED_IN_AT = SessionKeys.class.getName() + ".signedInAt";

	/** A sign-in whose code was right, waiting for the completion step and its nonce. */
	static final String COMPLETED = SessionKeys.class.getName() + ".completed";

	private SessionKeys() {
	}

}
