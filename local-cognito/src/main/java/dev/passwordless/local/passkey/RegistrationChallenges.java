package dev.passwordless.local.passkey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registration challenges StartWebAuthnRegistration gave, in memory: one per user (a
 * new start replaces the older one; inferred), bound to the app client that asked, single
 * use, and valid as long as a sign-in step's session (Cognito documents no validity of
 * its own for them; inferred).
 */
public final class RegistrationChallenges {

	/**
	 * A challenge waiting for CompleteWebAuthnRegistration.
	 *
	 * @param challenge its 32 random bytes
	 * @param clientId the app client of the access token that asked for it
	 * @param expiresAt when it stops working
	 */
	public record Pending(byte[] challenge, String clientId, Instant expiresAt) {
	}

	private final Map<String, Pending> pending = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	private final Duration validity;

	public RegistrationChallenges(Clock clock, Duration validity) {
		this.clock = clock;
		this.validity = validity;
	}

	/** How long a challenge lives, also the options' {@code timeout}. */
	public Duration validity() {
		return this.validity;
	}

	/** A new challenge for the user, replacing any earlier one. */
	public byte[] issue(String username, String clientId) {
		byte[] challenge = new byte[32];
		this.random.nextBytes(challenge);
		this.pending.put(username, new Pending(challenge, clientId, this.clock.instant().plus(this.validity)));
		return challenge.clone();
	}

	/**
	 * Takes the user's challenge: it cannot be used again, whatever the outcome.
	 * @return empty when there is none or it expired
	 */
	public Optional<Pending> take(String username) {
		return Optional.ofNullable(this.pending.remove(username))
			.filter((challenge) -> this.clock.instant().isBefore(challenge.expiresAt()));
	}

}
