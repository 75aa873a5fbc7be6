package dev.passwordless.vaadin.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.passwordless.vaadin.store.PasswordlessDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * The remember-me records, in the sign-in's table {@code passwordless_remember_me}: one
 * per device (series), with the user's Cognito user name, the SHA-256 of the current
 * token (never the token: the cookie alone has it), when it was last used, when the
 * record ends (never after the refresh token), and the Cognito refresh token encrypted
 * with AES-GCM under a key derived from {@link MasterKey}. As Spring Security's
 * {@link PersistentTokenRepository} the token value it reads and writes is that hash;
 * {@link CognitoRememberMeServices} hashes the cookie's token before comparing.
 */
class RememberMeRecords implements PersistentTokenRepository {

	/** How much of a browser's {@code User-Agent} is kept. */
	static final int USER_AGENT_LENGTH = 400;

	private final JdbcTemplate jdbc;

	private final BytesEncryptor refreshTokens;

	RememberMeRecords(PasswordlessDatabase database, MasterKey key) {
		this.jdbc = database.jdbc();
		this.refreshTokens = new AesBytesEncryptor(key.aes("remember-me refresh token"), KeyGenerators.secureRandom(16),
				AesBytesEncryptor.CipherAlgorithm.GCM);
	}

	/** A device's record as needed to restore a sign-in. */
	record Stored(String username, Instant expiresAt, String refreshToken, String userAgent) {

		/**
		 * Whether a request comes from the browser the record was made for, as far as its
		 * {@code User-Agent} tells: the grace after a rotation is for that browser's own
		 * requests only (a copy replayed from another browser within it is a theft).
		 */
		boolean madeFor(String requestUserAgent) {
			return Objects.equals(this.userAgent, shortened(requestUserAgent));
		}

		@Override
		public String toString() {
			return "Stored[expires " + this.expiresAt + "]";
		}

	}

	/**
	 * Records a new device.
	 * @param userAgent what the browser said it is, kept shortened to
	 * {@value #USER_AGENT_LENGTH} characters; null if it said nothing
	 */
	void create(String series, String username, String token, Instant now, Instant expiresAt, String refreshToken,
			String userAgent) {
		this.jdbc.update(
				"insert into passwordless_remember_me (series, username, token_hash, last_used, expires_at, "
						+ "refresh_token, user_agent, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				series, username, hash(token), now.toEpochMilli(), expiresAt.toEpochMilli(),
				Base64.getEncoder()
					.encodeToString(this.refreshTokens.encrypt(refreshToken.getBytes(StandardCharsets.UTF_8))),
				shortened(userAgent), now.toEpochMilli());
	}

	/** One device of a user that stays signed in, as "Your account" lists it. */
	record Listed(String series, String userAgent, Instant firstSignedIn, Instant lastUsed) {
	}

	/** The user's devices that stay signed in, most recently used first. */
	List<Listed> ofUser(String username, Instant now) {
		return this.jdbc.query(
				"select series, user_agent, created_at, last_used from passwordless_remember_me "
						+ "where username = ? and expires_at > ? order by last_used desc",
				(row, i) -> new Listed(row.getString(1), row.getString(2),
						(row.getObject(3) != null) ? Instant.ofEpochMilli(row.getLong(3)) : null,
						Instant.ofEpochMilli(row.getLong(4))),
				username, now.toEpochMilli());
	}

	/** Whether the record of a series is still there. */
	boolean exists(String series) {
		return !this.jdbc
			.queryForList("select series from passwordless_remember_me where series = ?", String.class, series)
			.isEmpty();
	}

	/** The refresh token of a user's series, if it is theirs. */
	Optional<String> refreshTokenOf(String username, String series) {
		return this.jdbc
			.queryForList("select refresh_token from passwordless_remember_me where series = ? and username = ?",
					String.class, series, username)
			.stream()
			.findFirst()
			.map(this::decrypt);
	}

	Optional<Stored> find(String series) {
		return this.jdbc
			.query("select username, expires_at, refresh_token, user_agent from passwordless_remember_me "
					+ "where series = ?",
					(row, i) -> new Stored(row.getString(1), Instant.ofEpochMilli(row.getLong(2)),
							decrypt(row.getString(3)), row.getString(4)),
					series)
			.stream()
			.findFirst();
	}

	/**
	 * What a cookie's token is to the series' record (constant-time compares).
	 * @param since rotations at or after this moment still honour the token they replaced
	 */
	PresentedToken presented(String series, String token, Instant since) {
		byte[] presented = hash(token).getBytes(StandardCharsets.US_ASCII);
		return this.jdbc
			.query("select token_hash, previous_token_hash, rotated_at from passwordless_remember_me where series = ?",
					(row, i) -> {
						if (MessageDigest.isEqual(row.getString(1).getBytes(StandardCharsets.US_ASCII), presented)) {
							return PresentedToken.CURRENT;
						}
						String previous = row.getString(2);
						boolean recent = row.getObject(3) != null && row.getLong(3) >= since.toEpochMilli();
						return (previous != null && recent
								&& MessageDigest.isEqual(previous.getBytes(StandardCharsets.US_ASCII), presented))
										? PresentedToken.JUST_REPLACED : PresentedToken.STALE;
					}, series)
			.stream()
			.findFirst()
			.orElse(PresentedToken.STALE);
	}

	/**
	 * Puts a new token in place of the one a cookie carried, if that is still the current
	 * one, and keeps the one it replaced for the grace period.
	 * @return false when another request rotated it first
	 */
	boolean rotate(String series, String presented, String next, Instant now) {
		return this.jdbc.update(
				"update passwordless_remember_me set previous_token_hash = token_hash, rotated_at = ?, "
						+ "token_hash = ?, last_used = ? where series = ? and token_hash = ?",
				now.toEpochMilli(), hash(next), now.toEpochMilli(), series, hash(presented)) == 1;
	}

	void remove(String series) {
		this.jdbc.update("delete from passwordless_remember_me where series = ?", series);
	}

	/** Deletes the records that ended before a moment. */
	void removeExpired(Instant now) {
		this.jdbc.update("delete from passwordless_remember_me where expires_at < ?", now.toEpochMilli());
	}

	/** Only {@link #create} makes records: a record needs its refresh token. */
	@Override
	public void createNewToken(PersistentRememberMeToken token) {
		throw new UnsupportedOperationException("remember-me records are made with their refresh token");
	}

	/**
	 * @param tokenValue the new token, stored as its SHA-256
	 */
	@Override
	public void updateToken(String series, String tokenValue, Date lastUsed) {
		this.jdbc.update("update passwordless_remember_me set token_hash = ?, last_used = ? where series = ?",
				hash(tokenValue), lastUsed.getTime(), series);
	}

	/** The record with the SHA-256 of its token in place of the token. */
	@Override
	public PersistentRememberMeToken getTokenForSeries(String seriesId) {
		return this.jdbc
			.query("select username, token_hash, last_used from passwordless_remember_me where series = ?",
					(row, i) -> new PersistentRememberMeToken(row.getString(1), seriesId, row.getString(2),
							new Date(row.getLong(3))),
					seriesId)
			.stream()
			.findFirst()
			.orElse(null);
	}

	@Override
	public void removeUserTokens(String username) {
		this.jdbc.update("delete from passwordless_remember_me where username = ?", username);
	}

	private String decrypt(String stored) {
		try {
			return new String(this.refreshTokens.decrypt(Base64.getDecoder().decode(stored)), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new Unreadable();
		}
	}

	/**
	 * A refresh token that does not decrypt: the key changed, or the record was altered.
	 */
	static final class Unreadable extends RuntimeException {

		Unreadable() {
			super("The refresh token does not decrypt with this key", null, false, false);
		}

	}

	private static String shortened(String userAgent) {
		return (userAgent == null || userAgent.length() <= USER_AGENT_LENGTH) ? userAgent
				: userAgent.substring(0, USER_AGENT_LENGTH);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
