package dev.passwordless.vaadin.security;

/**
 * Names of the HTTP session attributes that hold a signed-in user's server-side state.
 */
final class SessionKeys {

	/** The signed-in user's {@code CognitoTokens}. */
	static final String TOKENS = SessionKeys.class.getName() + ".tokens";

	/** A sign-in whose code was right, waiting for the completion step and its nonce. */
	static final String COMPLETED = SessionKeys.class.getName() + ".completed";

	private SessionKeys() {
	}

}
