package dev.passwordless.triggers.settings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The triggers' server-side secrets, read from the environment and checked when the
 * function that needs one starts (their values exist only at deploy time, so the stack's
 * synth cannot check them). A secret is never logged and never kept as a string.
 */
public final class Secrets {

	/** The least accepted length of a secret, in characters. */
	public static final int MIN_LENGTH = 32;

	private Secrets() {
	}

	/**
	 * An HMAC-SHA256 key from a secret setting.
	 * @param environment the function's environment
	 * @param name the setting, e.g. {@code SEND_LIMIT_KEY}
	 * @return the key made of the setting's UTF-8 bytes, surrounding white space removed
	 * @throws IllegalArgumentException naming the setting when it is missing or shorter
	 * than {@value #MIN_LENGTH} characters
	 */
	public static SecretKey hmacKey(Map<String, String> environment, String name) {
		String value = environment.get(name);
		if (value == null || value.strip().length() < MIN_LENGTH) {
			throw new IllegalArgumentException(name + " must be a secret of at least " + MIN_LENGTH + " characters");
		}
		return new SecretKeySpec(value.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/**
	 * A store key that names nothing: {@code prefix} and the URL-safe Base64 (no padding)
	 * of HMAC-SHA256 over {@code text}'s UTF-8 bytes.
	 * @param key e.g. the {@code SEND_LIMIT_KEY}
	 * @param prefix e.g. {@code n#}
	 * @param text what is hashed, e.g. a number
	 */
	public static String keyedHash(SecretKey key, String prefix, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return prefix + Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
