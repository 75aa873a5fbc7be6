package dev.passwordless.vaadin.security;

import dev.passwordless.vaadin.cognito.CognitoTokens;
import jakarta.servlet.http.HttpSession;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.passwordless.vaadin.store.PasswordlessDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When each user last signed out everywhere, in the sign-in's database, so that every
 * instance ends the sessions that were signed in before: "Sign out everywhere" and theft
 * detection reach open sessions too, not only remember-me cookies. Each instance reads a
 * user's moment at most every {@value #CACHE_SECONDS} seconds; a database that cannot be
 * read leaves sessions as they are (the last moment read still applies).
 */
class SignOutsEverywhere {

	static final int CACHE_SECONDS = 2;

	private static final Logger log = LoggerFactory.getLogger(SignOutsEverywhere.class);

	private static final int MAX_CACHED = 10_000;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Map<String, Read> cache = new ConcurrentHashMap<>();

	private final LastSignIns lastSignIns;

	private final SessionBounds bounds;

	SignOutsEverywhere(PasswordlessDatabase database, Clock clock, LastSignIns lastSignIns, SessionBounds bounds) {
		this.jdbc = database.jdbc();
		this.clock = clock;
		this.lastSignIns = lastSignIns;
		this.bounds = bounds;
	}

	/**
	 * Signs a session in: its tokens and, with them, the moment it was signed in, which
	 * every later sign-out everywhere is compared with. Every way in (a code's
	 * completion, a restore from "stay signed in") goes through here, so no signed-in
	 * session lacks its moment; the user's last sign-in is noted too.
	 */
	void signIn(HttpSession session, CognitoTokens tokens) {
		session.setAttribute(SessionKeys.SIGNED_IN_AT, this.clock.instant());
		session.setAttribute(SessionKeys.TOKENS, tokens);
		this.bounds.signedIn(session);
		this.lastSignIns.record(tokens.username());
	}

	/** Every session of the user signed in until now ends. */
	void signedOutEverywhere(String username) {
		long now = this.clock.millis();
		if (!moveTo(username, now)) {
			try {
				this.jdbc.update("insert into passwordless_signed_out (username, signed_out_at) values (?, ?)",
						username, now);
			}
			catch (DuplicateKeyException ex) {
				// another instance inserted it a moment ago
				moveTo(username, now);
			}
		}
		this.cache.remove(username);
	}

	/** Sets the user's moment if they have one already. */
	private boolean moveTo(String username, long now) {
		return this.jdbc.update("update passwordless_signed_out set signed_out_at = ? where username = ?", now,
				username) == 1;
	}

	/** Whether the user signed out everywhere at or after a session was signed in. */
	boolean endedSince(String username, Instant signedInAt) {
		return lastSignOut(username).filter((at) -> !at.isBefore(signedInAt)).isPresent();
	}

	private Optional<Instant> lastSignOut(String username) {
		Instant now = this.clock.instant();
		Read cached = this.cache.get(username);
		if (cached != null && now.isBefore(cached.readAt().plusSeconds(CACHE_SECONDS))) {
			return cached.signedOutAt();
		}
		Optional<Instant> read;
		try {
			read = this.jdbc
				.queryForList("select signed_out_at from passwordless_signed_out where username = ?", Long.class,
						username)
				.stream()
				.findFirst()
				.map(Instant::ofEpochMilli);
		}
		catch (DataAccessException ex) {
			log.warn("Could not read when a user last signed out everywhere: {}", ex.getClass().getSimpleName());
			return (cached != null) ? cached.signedOutAt() : Optional.empty();
		}
		if (this.cache.size() >= MAX_CACHED) {
			this.cache.clear();
		}
		this.cache.put(username, new Read(read, now));
		return read;
	}

	private record Read(Optional<Instant> signedOutAt, Instant readAt) {
	}

}
