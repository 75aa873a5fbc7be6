package dev.passwordless.triggers.challenge;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * What the triggers keep about a code: when it expires, a random salt and a keyed hash
 * ({@link CodeHasher}), never the code. It travels between rounds as challenge metadata
 * and to Verify as a private challenge parameter; neither ever reaches the client.
 *
 * @param expiresAt the instant the code stops being accepted
 * @param salt 16 random bytes
 * @param hash the keyed hash of the salt, the user name and the code
 */
record CodeChallenge(Instant expiresAt, byte[] salt, byte[] hash) {

	/**
	 * The format's version: {@code CODE2} hashes are keyed with the server-side secret.
	 */
	private static final String PREFIX = "CODE2";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	static CodeChallenge issue(CodeHasher hasher, String userName, String code, Instant expiresAt,
			SecureRandom random) {
		byte[] salt = randomBytes(random, 16);
		return new CodeChallenge(expiresAt, salt, hasher.hash(salt, userName, code));
	}

	/** A challenge no code can answer, for users that do not exist. */
	static CodeChallenge decoy(Instant expiresAt, SecureRandom random) {
		return new CodeChallenge(expiresAt, randomBytes(random, 16), randomBytes(random, 32));
	}

	/** The same challenge (the same code answers it) with another expiry. */
	CodeChallenge until(Instant expiresAt) {
		return new CodeChallenge(expiresAt, this.salt, this.hash);
	}

	boolean isExpired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	/** Compares in constant time (for hashes of equal length, which they always are). */
	boolean matches(CodeHasher hasher, String userName, String code) {
		return MessageDigest.isEqual(this.hash, hasher.hash(this.salt, userName, code));
	}

	String encode() {
		return PREFIX + ":" + this.expiresAt.getEpochSecond() + ":" + ENCODER.encodeToString(this.salt) + ":"
				+ ENCODER.encodeToString(this.hash);
	}

	/**
	 * Reads what {@link #encode()} wrote.
	 * @param value challenge metadata or a private parameter; may be null or anything
	 * else
	 * @return the challenge, or empty when the value is not one
	 */
	static Optional<CodeChallenge> decode(String value) {
		if (value == null || value.length() > 200) {
			return Optional.empty();
		}
		String[] parts = value.split(":", -1);
		if (parts.length != 4 || !PREFIX.equals(parts[0])) {
			return Optional.empty();
		}
		try {
			byte[] salt = DECODER.decode(parts[2]);
			byte[] hash = DECODER.decode(parts[3]);
			if (salt.length != 16 || hash.length != 32) {
				return Optional.empty();
			}
			return Optional.of(new CodeChallenge(Instant.ofEpochSecond(Long.parseLong(parts[1])), salt, hash));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static byte[] randomBytes(SecureRandom random, int count) {
		byte[] bytes = new byte[count];
		random.nextBytes(bytes);
		return bytes;
	}

}
