package dev.passwordless.local.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code passkeys} table: the users' WebAuthn credentials, kept with the users. */
public final class PasskeyStore {

	private final Database database;

	public PasskeyStore(Database database) {
		this.database = database;
		database.execute("""
				CREATE TABLE IF NOT EXISTS passkeys (credential_id VARCHAR(1400) PRIMARY KEY,
				  username VARCHAR(36) NOT NULL, public_key VARBINARY NOT NULL, sign_count BIGINT NOT NULL,
				  rp_id VARCHAR(127) NOT NULL, transports VARCHAR(256) NOT NULL, attachment VARCHAR(32),
				  friendly_name VARCHAR(256) NOT NULL, created_at BIGINT NOT NULL);
				CREATE INDEX IF NOT EXISTS passkeys_user ON passkeys (username, created_at)""");
	}

	/**
	 * Adds a passkey.
	 * @return false when a passkey with that credential id exists
	 */
	public boolean insert(Passkey passkey) {
		return this.database.insertIfAbsent("INSERT INTO passkeys VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				passkey.credentialId(), passkey.username(), passkey.publicKey(), passkey.signCount(),
				passkey.relyingPartyId(), String.join(",", passkey.transports()), passkey.attachment(),
				passkey.friendlyName(), passkey.createdAt().toEpochMilli());
	}

	/** The user's passkeys, oldest first. */
	public List<Passkey> forUser(String username) {
		return this.database.query("SELECT * FROM passkeys WHERE username = ? ORDER BY created_at, credential_id",
				PasskeyStore::passkey, username);
	}

	/** One of the user's passkeys. */
	public Optional<Passkey> find(String username, String credentialId) {
		return this.database
			.query("SELECT * FROM passkeys WHERE username = ? AND credential_id = ?", PasskeyStore::passkey, username,
					credentialId)
			.stream()
			.findFirst();
	}

	/**
	 * Records a sign-in's counter, unless another sign-in moved it meanwhile.
	 * @return false when the stored counter was no longer {@code previous}
	 */
	public boolean updateSignCount(String credentialId, long previous, long signCount) {
		return this.database.update("UPDATE passkeys SET sign_count = ? WHERE credential_id = ? AND sign_count = ?",
				signCount, credentialId, previous) == 1;
	}

	/**
	 * Deletes one of the user's passkeys.
	 * @return false when the user has no such passkey
	 */
	public boolean delete(String username, String credentialId) {
		return this.database.update("DELETE FROM passkeys WHERE username = ? AND credential_id = ?", username,
				credentialId) == 1;
	}

	/** Deletes the user's passkeys (when the user is deleted). */
	public void deleteAll(String username) {
		this.database.update("DELETE FROM passkeys WHERE username = ?", username);
	}

	private static Passkey passkey(ResultSet row) throws SQLException {
		String transports = row.getString("transports");
		return new Passkey(row.getString("credential_id"), row.getString("username"), row.getBytes("public_key"),
				row.getLong("sign_count"), row.getString("rp_id"),
				transports.isEmpty() ? List.of() : Arrays.asList(transports.split(",")), row.getString("attachment"),
				row.getString("friendly_name"), Instant.ofEpochMilli(row.getLong("created_at")));
	}

}
