package dev.passwordless.vaadin.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret every instance shares ({@code passwordless.remember-me.key}, environment
 * {@code PASSWORDLESS_REMEMBER_ME_KEY}: Base64 of 32 random bytes, e.g.
 * {@code openssl rand -base64 32}). It encrypts the Cognito refresh tokens of the
 * remember-me records and keys the hashes under which the limits store numbers and
 * addresses; each use gets a key of its own derived from it. Required outside the
 * {@code local} profile; under it, generated once and kept in the data directory
 * ({@code remember-me.key}, readable by its owner only), or in memory when there is none.
 */
public final class RememberMeKey {

	/** The setting. */
	public static final String PROPERTY = "passwordless.remember-me.key";

	/** Its environment variable. */
	public static final String VARIABLE = "PASSWORDLESS_REMEMBER_ME_KEY";

	static final String FILE = "remember-me.key";

	private static final int BYTES = 32;

	private final byte[] key;

	private RememberMeKey(byte[] key) {
		this.key = key;
	}

	/**
	 * @param configured the setting's value, possibly null or blank
	 * @param local whether the {@code local} profile is on
	 * @param dataDirectory where the {@code local} profile keeps a generated key
	 * @throws IllegalStateException ({@code KeyException}) naming the setting (never its
	 * value) when it is missing outside {@code local}, or not Base64 of 32 bytes
	 */
	public static RememberMeKey resolve(String configured, boolean local, Optional<Path> dataDirectory) {
		if (configured != null && !configured.isBlank()) {
			return new RememberMeKey(decode(configured.strip(), PROPERTY + " (" + VARIABLE + ")"));
		}
		if (!local) {
			throw new KeyException("The sign-in needs " + PROPERTY + " (environment " + VARIABLE
					+ "): Base64 of 32 random bytes, the same for every instance, e.g. from `openssl rand -base64 32`."
					+ " It encrypts the refresh tokens kept for \"Stay signed in\". Only the 'local' profile "
					+ "generates one.");
		}
		return dataDirectory.map(RememberMeKey::kept).orElseGet(() -> new RememberMeKey(random()));
	}

	/** A key of its own for one use, e.g. {@code "refresh-token"}, {@code "limits"}. */
	byte[] derive(String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The AES key for one use. */
	SecretKey aes(String purpose) {
		return new SecretKeySpec(derive(purpose), "AES");
	}

	/** A keyed hash (HMAC-SHA256, hex) of a value, under a key of its own for one use. */
	public String hash(String purpose, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(derive(purpose), "HmacSHA256"));
			return java.util.HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RememberMeKey kept(Path directory) {
		Path file = directory.resolve(FILE);
		try {
			if (Files.exists(file)) {
				return new RememberMeKey(decode(Files.readString(file).strip(), file.toString()));
			}
			Files.createDirectories(directory);
			byte[] key = random();
			// readable by its owner only from the moment it exists
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
			return new RememberMeKey(key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the generated remember-me key in " + file, ex);
		}
	}

	private static byte[] decode(String value, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(value);
		}
		catch (IllegalArgumentException ex) {
			key = new byte[0];
		}
		if (key.length != BYTES) {
			throw new KeyException("The sign-in's " + source + " must be Base64 of " + BYTES
					+ " random bytes (e.g. `openssl rand -base64 32`); the value given is not.");
		}
		return key;
	}

	private static byte[] random() {
		byte[] key = new byte[BYTES];
		new SecureRandom().nextBytes(key);
		return key;
	}

	@Override
	public String toString() {
		return "RememberMeKey[hidden]";
	}

	/** The key is missing or malformed: start-up stops, naming the setting. */
	static final class KeyException extends IllegalStateException {

		KeyException(String message) {
			super(message);
		}

	}

}
