package dev.passwordless.local.store;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code signing_keys} table: the pool's secrets by purpose, made once and kept with
 * its data (the token signing keys as JWKs, and the secrets the triggers and the app
 * client use).
 */
public final class SigningKeyStore {

	private final Database database;

	private final SecureRandom random = new SecureRandom();

	public SigningKeyStore(Database database) {
		this.database = database;
		database
			.execute("CREATE TABLE IF NOT EXISTS signing_keys (purpose VARCHAR(16) PRIMARY KEY, jwk CLOB NOT NULL)");
	}

	public Optional<String> find(String purpose) {
		return this.database.query("SELECT jwk FROM signing_keys WHERE purpose = ?", (row) -> row.getString(1), purpose)
			.stream()
			.findFirst();
	}

	/**
	 * The stored value for a purpose; when there is none, stores a new one (the first of
	 * concurrent callers wins, all get the same).
	 * @param purpose up to 16 characters
	 * @param create makes a new value
	 */
	public String findOrCreate(String purpose, Supplier<String> create) {
		Optional<String> stored = find(purpose);
		if (stored.isPresent()) {
			return stored.get();
		}
		this.database.insertIfAbsent("INSERT INTO signing_keys VALUES (?, ?)", purpose, create.get());
		return find(purpose).orElseThrow();
	}

	/** A random secret of 256 bits for a purpose (base64url), made once and kept. */
	public String secret(String purpose) {
		return findOrCreate(purpose, () -> {
			byte[] secret = new byte[32];
			this.random.nextBytes(secret);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		});
	}

}
