package dev.passwordless.vaadin.cognito;

import java.util.ArrayList;
import java.util.List;

import org.springframework.util.StringUtils;

/**
 * The sign-in cannot start: the Cognito settings are missing or malformed. Start-up stops
 * with a message that names each setting (see {@link CognitoSettingsFailureAnalyzer}); it
 * never contains the client secret.
 */
public class CognitoSettingsException extends RuntimeException {

	private final List<String> missing;

	private final List<String> malformed;

	CognitoSettingsException(List<String> missing, List<String> malformed) {
		super(describe(missing, malformed));
		this.missing = List.copyOf(missing);
		this.malformed = List.copyOf(malformed);
	}

	/** The settings that are not set. */
	public List<String> missing() {
		return this.missing;
	}

	/** The settings that are set but cannot be right, each with what is wrong. */
	public List<String> malformed() {
		return this.malformed;
	}

	/**
	 * @throws CognitoSettingsException unless the region, pool id, client id and client
	 * secret are all set and the secret has the shape of a Cognito client secret
	 */
	static void check(CognitoProperties properties) {
		List<String> missing = new ArrayList<>();
		addIfBlank(missing, properties.region(), "passwordless.cognito.region (PASSWORDLESS_COGNITO_REGION)");
		addIfBlank(missing, properties.userPoolId(),
				"passwordless.cognito.user-pool-id (PASSWORDLESS_COGNITO_USER_POOL_ID)");
		addIfBlank(missing, properties.clientId(), "passwordless.cognito.client-id (PASSWORDLESS_COGNITO_CLIENT_ID)");
		addIfBlank(missing, properties.clientSecret(),
				"passwordless.cognito.client-secret (PASSWORDLESS_COGNITO_CLIENT_SECRET)");
		List<String> malformed = new ArrayList<>();
		if (StringUtils.hasText(properties.clientSecret())) {
			try {
				ClientSecret.of(properties.clientSecret());
			}
			catch (IllegalArgumentException ex) {
				malformed.add("passwordless.cognito.client-secret: " + ex.getMessage());
			}
		}
		if (!missing.isEmpty() || !malformed.isEmpty()) {
			throw new CognitoSettingsException(missing, malformed);
		}
	}

	private static void addIfBlank(List<String> missing, String value, String setting) {
		if (!StringUtils.hasText(value)) {
			missing.add(setting);
		}
	}

	private static String describe(List<String> missing, List<String> malformed) {
		StringBuilder message = new StringBuilder("The sign-in has no usable Cognito user pool.");
		if (!missing.isEmpty()) {
			message.append(" Missing: ").append(String.join(", ", missing)).append('.');
		}
		if (!malformed.isEmpty()) {
			message.append(" Not valid: ").append(String.join("; ", malformed)).append('.');
		}
		return message.toString();
	}

}
