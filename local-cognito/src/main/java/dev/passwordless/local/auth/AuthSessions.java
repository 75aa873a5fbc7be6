package dev.passwordless.local.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.store.User;

/**
 * The opaque {@code Session} strings of custom-auth flows, in memory (they live minutes).
 * Every step takes the session it was given and opens a new one, so a session works once;
 * an unknown or used one is {@code "Invalid session for the user."}, an expired one
 * {@code "Invalid session for the user, session is
 * expired."} (reference {@code docs/cognito-custom-auth.md} 2.4).
 */
public final class AuthSessions {

	/**
	 * One sign-in attempt between two steps.
	 *
	 * @param username the internal user name (a random one for unknown users)
	 * @param user the user, null when unknown
	 * @param clientId the app client
	 * @param history the challenge results so far, in Cognito's event shape
	 * @param privateParameters what Create stored for Verify
	 * @param expiresAt when this step's session stops working
	 * @param challengeName the challenge the session answers: {@code CUSTOM_CHALLENGE},
	 * or {@code NEW_PASSWORD_REQUIRED} after the custom challenges of a user in
	 * {@code FORCE_CHANGE_PASSWORD}
	 */
	public record Session(String username, User user, String clientId, ArrayNode history,
			Map<String, String> privateParameters, Instant expiresAt, String challengeName) {
	}

	private final Map<String, Session> sessions = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	private final Duration validity;

	public AuthSessions(Clock clock, Duration validity) {
		this.clock = clock;
		this.validity = validity;
	}

	Instant nextExpiry() {
		return this.clock.instant().plus(this.validity);
	}

	String open(Session session) {
		sweep();
		byte[] bytes = new byte[96];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.sessions.put(token, session);
		return token;
	}

	/**
	 * Takes a session for one step: it cannot be used again, whatever the step's outcome.
	 */
	public Session take(String token, String clientId) {
		Session session = this.sessions.remove(token);
		if (session == null || !session.clientId().equals(clientId)) {
			throw CognitoException.notAuthorized("Invalid session for the user.");
		}
		if (!this.clock.instant().isBefore(session.expiresAt())) {
			throw CognitoException.notAuthorized("Invalid session for the user, session is expired.");
		}
		return session;
	}

	/**
	 * Forgets sessions long expired; recently expired ones stay so their error says
	 * "expired".
	 */
	private void sweep() {
		Instant cutoff = this.clock.instant().minus(this.validity.multipliedBy(2));
		if (this.sessions.size() > 1_000) {
			List<String> old = this.sessions.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().expiresAt().isBefore(cutoff))
				.map(Map.Entry::getKey)
				.toList();
			old.forEach(this.sessions::remove);
		}
	}

}
