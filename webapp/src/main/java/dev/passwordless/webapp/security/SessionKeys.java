package dev.passwordless.webapp.security;

/** Names of the HTTP session attributes that hold server-side sign-in state. */
public final class SessionKeys {

	/** The signed-in user's {@code CognitoTokens}. */
	public static final String TOKENS = SessionKeys.class.getName() + ".tokens";

	/** A sign-in whose code was right, waiting for {@code /signin/complete}. */
	public static final String COMPLETED = SessionKeys.class.getName() + ".completed";

	/** The sign-in in progress (the Cognito session string among it). */
	public static final String PENDING = SessionKeys.class.getName() + ".pending";

	private SessionKeys() {
	}

}
