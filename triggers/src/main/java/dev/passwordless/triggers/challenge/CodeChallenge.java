package dev.passwordless.triggers.challenge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the triggers keep about a code: when it expires and a salted hash, never the code.
 * The hash is HMAC-SHA256 keyed with a random per-code salt over the user name and the
 * code, so a stored value is useless for any other user or code issuance. It travels
 * between rounds as challenge metadata and to Verify as a private challenge parameter;
 * neither ever reaches the client.
 *
 * @param expiresAt the instant the code stops being accepted
 * @param salt 16 random bytes
 * @param hash HMAC-SHA256 of the user name and the code
 */
record CodeChallenge(Instant expiresAt, byte[] salt, byte[] hash) {

	private static final String PREFIX = "CODE1";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	static CodeChallenge issue(String userName, String code, Instant expiresAt, SecureRandom random) {
		byte[] salt = randomBytes(random, 16);
		return new CodeChallenge(expiresAt, salt, hmac(salt, userName, code));
	}

	/** A challenge no code can answer, for users that do not exist. */
	static CodeChallenge decoy(Instant expiresAt, SecureRandom random) {
		return new CodeChallenge(expiresAt, randomBytes(random, 16), randomBytes(random, 32));
	}

	boolean isExpired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	/** Compares in constant time (for hashes of equal length, which they always are). */
	boolean matches(String userName, String code) {
		return MessageDigest.isEqual(this.hash, hmac(this.salt, userName, code));
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

	private static byte[] hmac(byte[] salt, String userName, String code) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(salt, "HmacSHA256"));
			mac.update(String.valueOf(userName).getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return mac.doFinal(code.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private static byte[] randomBytes(SecureRandom random, int count) {
		byte[] bytes = new byte[count];
		random.nextBytes(bytes);
		return bytes;
	}

}
