package dev.passwordless.rules;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cognito's {@code SECRET_HASH}, as a confidential app client sends it and the user pool
 * checks it: Base64(HMAC-SHA256(client secret, user name + client id)). One formula for
 * the app, the local Cognito and their tests.
 */
public final class SecretHash {

	private SecretHash() {
	}

	/**
	 * @param secret the client secret's bytes
	 * @param username the user name the request names
	 * @param clientId the app client id
	 */
	public static String of(byte[] secret, String username, String clientId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return Base64.getEncoder()
				.encodeToString(mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/** The same with the secret as text (its UTF-8 bytes). */
	public static String of(String secret, String username, String clientId) {
		return of(secret.getBytes(StandardCharsets.UTF_8), username, clientId);
	}

}
