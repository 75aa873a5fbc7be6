package dev.passwordless.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.passwordless.local.LocalCognitoConfig.PasskeyUserVerification;
import dev.passwordless.local.LocalCognitoConfig.SignUp;
import dev.passwordless.local.auth.Trigger;

/**
 * The settings a {@link LocalCognitoConfig.Builder} collects, each starting at the
 * deployed stack's default, and the setters that change them; {@link #toConfig()} turns
 * them into a checked {@link LocalCognitoConfig}. Apart from the configuration so that
 * the record stays the checked result and this the mutable input.
 */
abstract sealed class ConfigSettings permits LocalCognitoConfig.Builder {

	private int port = LocalCognitoConfig.DEFAULT_PORT;

	private Path dataDirectory = Path.of(".local-cognito");

	private String region = "us-east-1";

	private String userPoolId = "us-east-1_LocalPool1";

	private String clientId = "1oca1c0gn1toc11entid00000";

	private boolean clientSecretEnabled = LocalCognitoConfig.DEFAULT_CLIENT_SECRET;

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

	private String passkeyRelyingPartyId = LocalCognitoConfig.DEFAULT_PASSKEY_RELYING_PARTY_ID;

	private List<String> passkeyOrigins = List.of();

	private PasskeyUserVerification passkeyUserVerification = PasskeyUserVerification.REQUIRED;

	public LocalCognitoConfig.Builder port(int port) {
		this.port = port;
		return builder();
	}

	public LocalCognitoConfig.Builder dataDirectory(Path dataDirectory) {
		this.dataDirectory = dataDirectory;
		return builder();
	}

	public LocalCognitoConfig.Builder region(String region) {
		this.region = region;
		this.userPoolId = region + "_LocalPool1";
		return builder();
	}

	public LocalCognitoConfig.Builder userPoolId(String userPoolId) {
		this.userPoolId = userPoolId;
		return builder();
	}

	public LocalCognitoConfig.Builder clientId(String clientId) {
		this.clientId = clientId;
		return builder();
	}

	/**
	 * Whether the app client has a secret: one generated on first start and kept with the
	 * pool's data, or none (a public client).
	 */
	public LocalCognitoConfig.Builder clientSecret(boolean enabled) {
		this.clientSecretEnabled = enabled;
		this.clientSecret = null;
		return builder();
	}

	/** The app client's secret; null for a public client. */
	public LocalCognitoConfig.Builder clientSecret(String secret) {
		this.clientSecretEnabled = secret != null;
		this.clientSecret = secret;
		return builder();
	}

	public LocalCognitoConfig.Builder issuer(String issuer) {
		this.issuer = issuer;
		return builder();
	}

	public LocalCognitoConfig.Builder authSessionValidity(Duration validity) {
		this.authSessionValidity = validity;
		return builder();
	}

	public LocalCognitoConfig.Builder accessTokenValidity(Duration validity) {
		this.accessTokenValidity = validity;
		return builder();
	}

	public LocalCognitoConfig.Builder idTokenValidity(Duration validity) {
		this.idTokenValidity = validity;
		return builder();
	}

	public LocalCognitoConfig.Builder refreshTokenValidity(Duration validity) {
		this.refreshTokenValidity = validity;
		return builder();
	}

	public LocalCognitoConfig.Builder triggerTimeout(Duration timeout) {
		this.triggerTimeout = timeout;
		return builder();
	}

	/** Replaces one trigger's handler class; a blank name removes the trigger. */
	public LocalCognitoConfig.Builder triggerHandler(String trigger, String className) {
		if (className == null || className.isBlank()) {
			this.triggerHandlers.remove(trigger);
		}
		else {
			this.triggerHandlers.put(trigger, className);
		}
		return builder();
	}

	public LocalCognitoConfig.Builder triggerEnvironment(String name, String value) {
		this.triggerEnvironment.put(name, value);
		return builder();
	}

	public LocalCognitoConfig.Builder echoSms(boolean echoSms) {
		this.echoSms = echoSms;
		return builder();
	}

	/** Turns the fault harness on or off (default off). */
	public LocalCognitoConfig.Builder faults(boolean faults) {
		this.faults = faults;
		return builder();
	}

	/** Who may create users (default {@link SignUp#OPEN}). */
	public LocalCognitoConfig.Builder signUp(SignUp signUp) {
		this.signUp = signUp;
		return builder();
	}

	/** The passkeys' relying-party id, a domain name (default {@code localhost}). */
	public LocalCognitoConfig.Builder passkeyRelyingPartyId(String relyingPartyId) {
		this.passkeyRelyingPartyId = relyingPartyId;
		return builder();
	}

	/**
	 * The origins passkey ceremonies may come from, each on the relying-party id's
	 * domain; none (the default) allows the relying-party id's host on any port.
	 */
	public LocalCognitoConfig.Builder passkeyOrigins(List<String> origins) {
		this.passkeyOrigins = List.copyOf(origins);
		return builder();
	}

	/** Whether passkeys must verify the user (default required). */
	public LocalCognitoConfig.Builder passkeyUserVerification(PasskeyUserVerification userVerification) {
		this.passkeyUserVerification = userVerification;
		return builder();
	}

	/** The configuration these settings make, checked by its constructor. */
	LocalCognitoConfig toConfig() {
		return new LocalCognitoConfig(this.port, this.dataDirectory, this.region, this.userPoolId, this.clientId,
				this.clientSecretEnabled, this.clientSecret, this.issuer, this.authSessionValidity,
				this.accessTokenValidity, this.idTokenValidity, this.refreshTokenValidity, this.triggerTimeout,
				this.triggerHandlers, this.triggerEnvironment, this.echoSms, this.faults, this.signUp,
				this.passkeyRelyingPartyId, this.passkeyOrigins, this.passkeyUserVerification);
	}

	private LocalCognitoConfig.Builder builder() {
		return (LocalCognitoConfig.Builder) this;
	}

}
