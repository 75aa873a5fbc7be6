package dev.passwordless.vaadin.cognito;

import java.util.regex.Pattern;

import dev.passwordless.rules.SecretHash;

/**
 * The app client's secret. It leaves this object only in the two forms Cognito asks for:
 * a {@code SECRET_HASH} for a user name, and itself for RevokeToken. It shows as
 * {@code [hidden]} in every {@code toString}, so no log line, error or settings dump
 * carries it.
 */
public final class ClientSecret {

	/** Cognito's rule for a client secret: 24-64 characters of {@code [\w+]}. */
	static final Pattern SHAPE = Pattern.compile("[\\w+]{24,64}");

	private final String value;

	private ClientSecret(String value) {
		this.value = value;
	}

	/**
	 * @param value the secret as Cognito generated it
	 * @return the secret
	 * @throws IllegalArgumentException when it cannot be a Cognito client secret (the
	 * message never contains it)
	 */
	public static ClientSecret of(String value) {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"a client secret is 24-64 letters, digits, '_' or '+'; check that it was copied whole");
		}
		return new ClientSecret(value);
	}

	/**
	 * {@code SECRET_HASH} = Base64(HMAC-SHA256(secret, user name + client id)), as
	 * Cognito checks it.
	 * @param username the user name the request names (for a refresh, the internal one)
	 * @param clientId the app client id
	 */
	String hash(String username, String clientId) {
		return SecretHash.of(this.value, username, clientId);
	}

	/** The secret itself, for RevokeToken's {@code ClientSecret}. */
	String value() {
		return this.value;
	}

	@Override
	public String toString() {
		return "[hidden]";
	}

}
