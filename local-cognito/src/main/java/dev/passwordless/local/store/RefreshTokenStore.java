package dev.passwordless.local.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The {@code refresh_tokens} table. Tokens are looked up by their SHA-256; the table
 * never holds a token itself. Revoking a refresh token also revokes the access tokens
 * that share its {@code origin_jti}.
 */
public final class RefreshTokenStore {

	private final Database database;

	public RefreshTokenStore(Database database) {
		this.database = database;
		database.execute(
				"""
						CREATE TABLE IF NOT EXISTS refresh_tokens (token_hash VARCHAR(64) PRIMARY KEY,
						  origin_jti VARCHAR(36) NOT NULL UNIQUE, username VARCHAR(36) NOT NULL, client_id VARCHAR(128) NOT NULL,
						  auth_time BIGINT NOT NULL, expires_at BIGINT NOT NULL, revoked BOOLEAN NOT NULL);
						CREATE INDEX IF NOT EXISTS refresh_tokens_user ON refresh_tokens (username)""");
	}

	public void insert(String token, RefreshToken stored) {
		this.database.update("INSERT INTO refresh_tokens VALUES (?, ?, ?, ?, ?, ?, ?)", hash(token), stored.originJti(),
				stored.username(), stored.clientId(), stored.authTime().toEpochMilli(),
				stored.expiresAt().toEpochMilli(), stored.revoked());
	}

	public Optional<RefreshToken> find(String token) {
		return this.database
			.query("SELECT * FROM refresh_tokens WHERE token_hash = ?", RefreshTokenStore::refreshToken, hash(token))
			.stream()
			.findFirst();
	}

	/**
	 * Whether tokens descending from this sign-in were revoked (or their user is gone).
	 */
	public boolean isRevoked(String originJti) {
		return this.database
			.query("SELECT revoked FROM refresh_tokens WHERE origin_jti = ?", (row) -> row.getBoolean(1), originJti)
			.stream()
			.findFirst()
			.orElse(true);
	}

	public void revoke(String token) {
		this.database.update("UPDATE refresh_tokens SET revoked = TRUE WHERE token_hash = ?", hash(token));
	}

	/** Revokes every refresh token of the user, and with them their access tokens. */
	public void revokeAll(String username) {
		this.database.update("UPDATE refresh_tokens SET revoked = TRUE WHERE username = ?", username);
	}

	/** Forgets the user's tokens (when the user is deleted); their access tokens fail. */
	public void deleteAll(String username) {
		this.database.update("DELETE FROM refresh_tokens WHERE username = ?", username);
	}

	private static RefreshToken refreshToken(ResultSet row) throws SQLException {
		return new RefreshToken(row.getString("origin_jti"), row.getString("username"), row.getString("client_id"),
				Instant.ofEpochMilli(row.getLong("auth_time")), Instant.ofEpochMilli(row.getLong("expires_at")),
				row.getBoolean("revoked"));
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
