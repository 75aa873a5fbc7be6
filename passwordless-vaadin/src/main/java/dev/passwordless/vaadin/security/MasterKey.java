package dev.passwordless.vaadin.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret every instance shares, from which each key of the sign-in is derived
 * ({@code passwordless.master-key}, environment {@code PASSWORDLESS_MASTER_KEY}: Base64
 * of 32 random bytes, e.g. {@code openssl rand -base64 32}): it encrypts the Cognito
 * refresh tokens of the "stay signed in" records, keys the hashes under which the limits
 * store numbers and addresses, and signs the known-device cookie; each use gets a key of
 * its own derived from it. Required outside the {@code local} profile; under it,
 * generated once and kept in the data directory ({@code master.key}, readable by its
 * owner only), or in memory when there is none. Its former names,
 * {@code passwordless.remember-me.key} and a data directory's {@code remember-me.key},
 * are still read, the setting with a warning.
 */
public final class MasterKey {

	/** The setting. */
	public static final String PROPERTY = "passwordless.master-key";

	/** Its environment variable. */
	public static final String VARIABLE = "PASSWORDLESS_MASTER_KEY";

	/** The setting's former name, still read. */
	public static final String FORMER_PROPERTY = "passwordless.remember-me.key";

	static final String FILE = "master.key";

	/** The file's former name in a data directory made before. */
	static final String FORMER_FILE = "remember-me.key";

	private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

	private static final int BYTES = 32;

	private final byte[] key;

	private MasterKey(byte[] key) {
		this.key = key;
	}

	/**
	 * The key from {@link #PROPERTY}, else from its former name {@link #FORMER_PROPERTY}
	 * (with a warning), else as {@link #resolve(String, boolean, Optional)} finds it.
	 */
	public static MasterKey resolve(String configured, String formerlyConfigured, boolean local,
			Optional<Path> dataDirectory) {
		if ((configured == null || configured.isBlank()) && formerlyConfigured != null
				&& !formerlyConfigured.isBlank()) {
			log.warn("{} is the former name of {} (environment {}): rename the setting", FORMER_PROPERTY, PROPERTY,
					VARIABLE);
			return new MasterKey(decode(formerlyConfigured.strip(), FORMER_PROPERTY));
		}
		return resolve(configured, local, dataDirectory);
	}

	/**
	 * @param configured the setting's value, possibly null or blank
	 * @param local whether the {@code local} profile is on
	 * @param dataDirectory where the {@code local} profile keeps a generated key
	 * @throws IllegalStateException ({@code KeyException}) naming the setting (never its
	 * value) when it is missing outside {@code local}, or not Base64 of 32 bytes
	 */
	public static MasterKey resolve(String configured, boolean local, Optional<Path> dataDirectory) {
		if (configured != null && !configured.isBlank()) {
			return new MasterKey(decode(configured.strip(), PROPERTY + " (" + VARIABLE + ")"));
		}
		if (!local) {
			throw new KeyException("The sign-in needs " + PROPERTY + " (environment " + VARIABLE
					+ "): Base64 of 32 random bytes, the same for every instance, e.g. from `openssl rand -base64 32`."
					+ " It encrypts the refresh tokens kept for \"Stay signed in\" and keys the limits' hashes. "
					+ "Only the 'local' profile generates one.");
		}
		return dataDirectory.map(MasterKey::kept).orElseGet(() -> new MasterKey(random()));
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

	private static MasterKey kept(Path directory) {
		Path file = directory.resolve(FILE);
		try {
			Path former = directory.resolve(FORMER_FILE);
			if (!Files.exists(file) && Files.exists(former)) {
				// a data directory made before the key had its name: the same key,
				// renamed
				Files.move(former, file, StandardCopyOption.ATOMIC_MOVE);
			}
			if (Files.exists(file)) {
				return new MasterKey(decode(Files.readString(file).strip(), file.toString()));
			}
			Files.createDirectories(directory);
			byte[] key = random();
			// readable by its owner only from the moment it exists
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
			return new MasterKey(key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the generated master key in " + file, ex);
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
		return "MasterKey[hidden]";
	}

	/** The key is missing or malformed: start-up stops, naming the setting. */
	static final class KeyException extends IllegalStateException {

		KeyException(String message) {
			super(message);
		}

	}

}
