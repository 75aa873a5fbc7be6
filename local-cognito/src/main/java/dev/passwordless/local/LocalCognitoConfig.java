package dev.passwordless.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.passwordless.local.auth.Trigger;

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

	/** Builds a configuration, starting from the defaults. */
	public static final class Builder {

		private int port = DEFAULT_PORT;

		private Path dataDirectory = Path.of(".local-cognito");

		private String region = "us-east-1";

		private String userPoolId = "us-east-1_LocalPool1";

		private String clientId = "1oca1c0gn1toc11entid00000";

		private boolean clientSecretEnabled = DEFAULT_CLIENT_SECRET;

		private String clientSecret;

		private String issuer;

		private Duration authSessionValidity = Duration.ofMinutes(3);

		private Duration accessTokenValidity = Duration.ofHours(1);

		private Duration idTokenValidity = Duration.ofHours(1);

		private Duration refreshTokenValidity = Duration.ofDays(30);

		private Duration triggerTimeout = Duration.ofSeconds(5);

		private final Map<String, String> triggerHandlers = new LinkedHashMap<>(Trigger.defaultHandlers());

		private final Map<String, String> triggerEnvironment = new LinkedHashMap<>();

		private boolean echoSms = true;

		private boolean faults;

		private SignUp signUp = SignUp.OPEN;

		private String passkeyRelyingPartyId = DEFAULT_PASSKEY_RELYING_PARTY_ID;

		private List<String> passkeyOrigins = List.of();

		private PasskeyUserVerification passkeyUserVerification = PasskeyUserVerification.REQUIRED;

		public Builder port(int port) {
			this.port = port;
			return this;
		}

		public Builder dataDirectory(Path dataDirectory) {
			this.dataDirectory = dataDirectory;
			return this;
		}

		public Builder region(String region) {
			this.region = region;
			this.userPoolId = region + "_LocalPool1";
			return this;
		}

		public Builder userPoolId(String userPoolId) {
			this.userPoolId = userPoolId;
			return this;
		}

		public Builder clientId(String clientId) {
			this.clientId = clientId;
			return this;
		}

		/**
		 * Whether the app client has a secret: one generated on first start and kept with
		 * the pool's data, or none (a public client).
		 */
		public Builder clientSecret(boolean enabled) {
			this.clientSecretEnabled = enabled;
			this.clientSecret = null;
			return this;
		}

		/** The app client's secret; null for a public client. */
		public Builder clientSecret(String secret) {
			this.clientSecretEnabled = secret != null;
			this.clientSecret = secret;
			return this;
		}

		public Builder issuer(String issuer) {
			this.issuer = issuer;
			return this;
		}

		public Builder authSessionValidity(Duration validity) {
			this.authSessionValidity = validity;
			return this;
		}

		public Builder accessTokenValidity(Duration validity) {
			this.accessTokenValidity = validity;
			return this;
		}

		public Builder idTokenValidity(Duration validity) {
			this.idTokenValidity = validity;
			return this;
		}

		public Builder refreshTokenValidity(Duration validity) {
			this.refreshTokenValidity = validity;
			return this;
		}

		public Builder triggerTimeout(Duration timeout) {
			this.triggerTimeout = timeout;
			return this;
		}

		/** Replaces one trigger's handler class; a blank name removes the trigger. */
		public Builder triggerHandler(String trigger, String className) {
			if (className == null || className.isBlank()) {
				this.triggerHandlers.remove(trigger);
			}
			else {
				this.triggerHandlers.put(trigger, className);
			}
			return this;
		}

		public Builder triggerEnvironment(String name, String value) {
			this.triggerEnvironment.put(name, value);
			return this;
		}

		public Builder echoSms(boolean echoSms) {
			this.echoSms = echoSms;
			return this;
		}

		/** Turns the fault harness on or off (default off). */
		public Builder faults(boolean faults) {
			this.faults = faults;
			return this;
		}

		/** Who may create users (default {@link SignUp#OPEN}). */
		public Builder signUp(SignUp signUp) {
			this.signUp = signUp;
			return this;
		}

		/** The passkeys' relying-party id, a domain name (default {@code localhost}). */
		public Builder passkeyRelyingPartyId(String relyingPartyId) {
			this.passkeyRelyingPartyId = relyingPartyId;
			return this;
		}

		/**
		 * The origins passkey ceremonies may come from, each on the relying-party id's
		 * domain; none (the default) allows the relying-party id's host on any port.
		 */
		public Builder passkeyOrigins(List<String> origins) {
			this.passkeyOrigins = List.copyOf(origins);
			return this;
		}

		/** Whether passkeys must verify the user (default required). */
		public Builder passkeyUserVerification(PasskeyUserVerification userVerification) {
			this.passkeyUserVerification = userVerification;
			return this;
		}

		public LocalCognitoConfig build() {
			return new LocalCognitoConfig(this.port, this.dataDirectory, this.region, this.userPoolId, this.clientId,
					this.clientSecretEnabled, this.clientSecret, this.issuer, this.authSessionValidity,
					this.accessTokenValidity, this.idTokenValidity, this.refreshTokenValidity, this.triggerTimeout,
					this.triggerHandlers, this.triggerEnvironment, this.echoSms, this.faults, this.signUp,
					this.passkeyRelyingPartyId, this.passkeyOrigins, this.passkeyUserVerification);
		}

	}

}
