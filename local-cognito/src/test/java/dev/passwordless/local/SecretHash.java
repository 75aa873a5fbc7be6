package dev.passwordless.local;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cognito's {@code SECRET_HASH} as a client computes it, for the tests that send one:
 * Base64(HMAC-SHA256(client secret, user name + client id)).
 */
final class SecretHash {

	private SecretHash() {
	}

	/**
	 * @param secret the key (the client secret, or a wrong one)
	 * @param message what is hashed (the user name and the client id, or something else)
	 * @return the hash
	 */
	static String of(String secret, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
