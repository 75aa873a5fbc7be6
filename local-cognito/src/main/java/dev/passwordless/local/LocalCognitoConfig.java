package dev.passwordless.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How the local pool is set up; the defaults match the deployed stack.
 *
 * @param port the port on 127.0.0.1; 0 picks a free one (default 9229)
 * @param dataDirectory where the database file lives; null keeps everything in memory
 * (default {@code .local-cognito} in the working directory, set by the standalone
 * launcher)
 * @param region the region (default {@code us-east-1})
 * @param userPoolId the pool id (default {@code us-east-1_LocalPool1})
 * @param clientId the app client id (default {@code 1oca1c0gn1toc11entid00000})
 * @param clientSecretEnabled whether the app client has a secret (default
 * {@link #DEFAULT_CLIENT_SECRET}); with one, SignUp, InitiateAuth and
 * RespondToAuthChallenge need {@code SECRET_HASH} and RevokeToken the secret, as on AWS
 * @param clientSecret the secret; null to generate one on first start and keep it with
 * the pool's data (24-64 characters of {@code [\w+]}, as Cognito requires)
 * @param issuer the tokens' issuer; null for {@code http://127.0.0.1:<port>/<userPoolId>}
 * @param authSessionValidity how long each challenge step's session lives (default 3
 * minutes, 3-15)
 * @param accessTokenValidity access token lifetime (default 1 hour)
 * @param idTokenValidity ID token lifetime (default 1 hour)
 * @param refreshTokenValidity refresh token lifetime (default 30 days)
 * @param triggerTimeout how long a trigger may take (Cognito: 5 seconds)
 * @param triggerHandlers trigger name ({@code PreSignUp}, {@code DefineAuthChallenge},
 * ...) to handler class name; defaults to this project's triggers
 * @param triggerEnvironment the environment the triggers see (their settings); the pool
 * adds {@code ALLOWED_COUNTRIES} = {@link #DEFAULT_ALLOWED_COUNTRIES} when it is not set
 * @param echoSms whether each SMS is printed on the console (default true)
 * @param faults whether the fault harness is on: {@code POST /_local/faults} makes the
 * SNS endpoint or the Cognito operations slow, throttle or fail for a number of requests
 * (default false: a pool never plays a fault unless started for it)
 * @param signUp who may create users (default {@link SignUp#OPEN}: anyone with the client
 * id, through SignUp; {@link SignUp#INVITE_ONLY}: administrators only, through
 * AdminCreateUser, as Cognito's {@code AllowAdminCreateUserOnly})
 * @param passkeyRelyingPartyId the passkeys' relying-party id, a domain name (default
 * {@code localhost}), as Cognito's {@code WebAuthnConfiguration.RelyingPartyId}
 * @param passkeyOrigins the origins a passkey ceremony may come from
 * ({@code https://app.example.com:8443}, each on the relying-party id's domain); empty
 * (the default) allows any origin whose host is the relying-party id, on any port, over
 * {@code https} ({@code http} too when the host is {@code localhost})
 * @param passkeyUserVerification whether passkeys must verify the user (default
 * {@link PasskeyUserVerification#REQUIRED}), as Cognito's
 * {@code WebAuthnConfiguration.UserVerification}
 */
public record LocalCognitoConfig(int port, Path dataDirectory, String region, String userPoolId, String clientId,
		boolean clientSecretEnabled, String clientSecret, String issuer, Duration authSessionValidity,
		Duration accessTokenValidity, Duration idTokenValidity, Duration refreshTokenValidity, Duration triggerTimeout,
		Map<String, String> triggerHandlers, Map<String, String> triggerEnvironment, boolean echoSms, boolean faults,
		SignUp signUp, String passkeyRelyingPartyId, List<String> passkeyOrigins,
		PasskeyUserVerification passkeyUserVerification) {

	/**
	 * Who may create users in the pool, as Cognito's
	 * {@code AdminCreateUserConfig.AllowAdminCreateUserOnly} says.
	 */
	public enum SignUp {

		/**
		 * Anyone with the client id signs up ({@code AllowAdminCreateUserOnly=false}).
		 */
		OPEN,

		/**
		 * Only administrators create users (AdminCreateUser); SignUp is refused
		 * ({@code AllowAdminCreateUserOnly=true}).
		 */
		INVITE_ONLY

	}

	/**
	 * Whether a passkey must verify the user (PIN, biometrics), as Cognito's
	 * {@code WebAuthnConfiguration.UserVerification}.
	 */
	public enum PasskeyUserVerification {

		/** Registration and sign-in need the authenticator's user-verified flag. */
		REQUIRED,

		/** Asked for, not needed. */
		PREFERRED

	}

	public static final int DEFAULT_PORT = 9229;

	/** The passkeys' relying-party id unless configured otherwise. */
	public static final String DEFAULT_PASSKEY_RELYING_PARTY_ID = "localhost";

	/**
	 * Whether the app client has a secret unless configured otherwise: yes, like the
	 * deployed client, so the same code path runs offline and on AWS.
	 */
	public static final boolean DEFAULT_CLIENT_SECRET = true;

	/**
	 * The triggers' {@code ALLOWED_COUNTRIES} (ISO 3166 region codes) unless configured
	 * otherwise: the triggers require a list, and the stand-in works out of the box.
	 */
	public static final String DEFAULT_ALLOWED_COUNTRIES = "US,GB,DE";

	/**
	 * Checks every setting against Cognito's own limits ({@link CognitoLimits}).
	 * @throws IllegalArgumentException whose message starts with the setting's name
	 */
	public LocalCognitoConfig {
		CognitoLimits.checkPool(port, region, userPoolId, clientId, clientSecretEnabled, clientSecret);
		CognitoLimits.checkDurations(authSessionValidity, accessTokenValidity, idTokenValidity, refreshTokenValidity,
				triggerTimeout);
		CognitoLimits.checkTriggers(triggerHandlers.keySet());
		triggerHandlers = Map.copyOf(triggerHandlers);
		triggerEnvironment = Map.copyOf(triggerEnvironment);
		if (signUp == null) {
			throw new IllegalArgumentException("signUp must be OPEN or INVITE_ONLY");
		}
		passkeyOrigins = List.copyOf(passkeyOrigins);
		CognitoLimits.checkPasskeys(passkeyRelyingPartyId, passkeyOrigins, passkeyUserVerification);
	}

	/** The defaults, in memory, on a free port: what tests usually want. */
	public static Builder inMemory() {
		return new Builder().port(0).dataDirectory(null);
	}

	/** The defaults with data under {@code .local-cognito} on port 9229. */
	public static Builder defaults() {
		return new Builder();
	}

	/**
	 * Builds a configuration, starting from the defaults; the settings and their setters
	 * are in {@code ConfigSettings}.
	 */
	public static final class Builder extends ConfigSettings {

		public LocalCognitoConfig build() {
			return toConfig();
		}

	}

}
