package dev.passwordless.vaadin.offline;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The one place that answers "are we on a development machine?": the {@code local}
 * profile. It means the server listens on 127.0.0.1 only, the session cookie need not be
 * {@code Secure}, and a missing master key is generated. With no pool configured as well
 * ({@code passwordless.cognito.user-pool-id}) it also means the <em>embedded local
 * Cognito</em>: the pool runs inside the app, with its SMS inbox. Nothing else switches
 * either on.
 */
public final class LocalMode {

	/** The profile of a development machine. */
	public static final String PROFILE = "local";

	/**
	 * The setting whose absence, under the profile, starts the embedded local Cognito.
	 */
	static final String USER_POOL_ID = "passwordless.cognito.user-pool-id";

	private LocalMode() {
	}

	/** Whether the {@code local} profile is active. */
	public static boolean isOn(Environment environment) {
		return environment.matchesProfiles(PROFILE);
	}

	/** Whether the embedded local Cognito is the pool: the profile, and no pool set. */
	static boolean hasEmbeddedLocalCognito(Environment environment) {
		return isOn(environment) && !StringUtils.hasText(environment.getProperty(USER_POOL_ID));
	}

}
