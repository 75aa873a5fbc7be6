package dev.passwordless.local;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.auth.Trigger;
import dev.passwordless.local.passkey.PasskeyPolicy;

/**
 * What a {@link LocalCognitoConfig} may hold: Cognito's own limits on a pool's ids, its
 * client's secret and its durations, a port, and the pool's triggers. Each refusal is an
 * {@link IllegalArgumentException} whose message starts with the setting's name.
 */
final class CognitoLimits {

	private CognitoLimits() {
	}

	/** The port, the region, the pool's and the client's ids, the client's secret. */
	static void checkPool(int port, String region, String userPoolId, String clientId, boolean clientSecretEnabled,
			String clientSecret) {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be 0-65535, was " + port);
		}
		if (region == null || !region.matches("[a-z]{2}(-[a-z]+)+-\\d{1,2}")) {
			throw new IllegalArgumentException("region must be a region such as eu-west-1, was " + region);
		}
		if (userPoolId == null || !userPoolId.matches("[\\w-]+_[0-9a-zA-Z]+") || !userPoolId.startsWith(region + "_")) {
			throw new IllegalArgumentException("userPoolId must look like " + region + "_Abc123, was " + userPoolId);
		}
		if (clientId == null || !clientId.matches("[\\w+]{1,128}")) {
			throw new IllegalArgumentException("clientId must be 1-128 letters, digits, '_' or '+', was " + clientId);
		}
		if (clientSecret != null && (!clientSecretEnabled || !AppClient.SECRET.matcher(clientSecret).matches())) {
			throw new IllegalArgumentException(
					"clientSecret must be 24-64 letters, digits, '_' or '+' (Cognito's rule)");
		}
	}

	/** How long sessions and tokens live, and how long a trigger may take. */
	static void checkDurations(Duration authSessionValidity, Duration accessTokenValidity, Duration idTokenValidity,
			Duration refreshTokenValidity, Duration triggerTimeout) {
		new DurationRange(Duration.ofMinutes(3), Duration.ofMinutes(15)).check("authSessionValidity",
				authSessionValidity);
		new DurationRange(Duration.ofMinutes(5), Duration.ofDays(1)).check("accessTokenValidity", accessTokenValidity);
		new DurationRange(Duration.ofMinutes(5), Duration.ofDays(1)).check("idTokenValidity", idTokenValidity);
		new DurationRange(Duration.ofHours(1), Duration.ofDays(3650)).check("refreshTokenValidity",
				refreshTokenValidity);
		new DurationRange(Duration.ofMillis(1), Duration.ofMinutes(15)).check("triggerTimeout", triggerTimeout);
	}

	/** The triggers given handlers, each one the pool has. */
	static void checkTriggers(Set<String> names) {
		names.forEach((name) -> Trigger.named(name)
			.orElseThrow(() -> new IllegalArgumentException("triggerHandler: unknown trigger " + name
					+ "; the pool's triggers are " + Trigger.defaultHandlers().keySet())));
	}

	/**
	 * The passkeys' relying-party id (a domain name of at most 127 characters, Cognito's
	 * limit), their origins (each on that domain) and user verification.
	 */
	static void checkPasskeys(String relyingPartyId, List<String> origins,
			LocalCognitoConfig.PasskeyUserVerification userVerification) {
		if (relyingPartyId == null || !PasskeyPolicy.isDomainName(relyingPartyId)) {
			throw new IllegalArgumentException(
					"passkeyRelyingPartyId must be a domain name such as localhost or example.com (1-127 characters),"
							+ " was " + relyingPartyId);
		}
		for (String origin : origins) {
			String problem = PasskeyPolicy.originProblem(origin, relyingPartyId);
			if (problem != null) {
				throw new IllegalArgumentException("passkeyOrigins: " + origin + " " + problem);
			}
		}
		if (userVerification == null) {
			throw new IllegalArgumentException("passkeyUserVerification must be REQUIRED or PREFERRED");
		}
	}

}
