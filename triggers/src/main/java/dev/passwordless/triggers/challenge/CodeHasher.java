package dev.passwordless.triggers.challenge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * How a code is kept: HMAC-SHA256 keyed with the server-side secret
 * ({@code CODE_HASH_KEY}) over the per-code salt, the user name and the code. The salt
 * makes every issuance's value different and the user name binds it to one user; the key
 * makes a leaked value useless: without it no code can be checked against it, so trying
 * all 10<sup>n</sup> codes offline finds nothing.
 */
final class CodeHasher {

	private final SecretKey key;

	CodeHasher(SecretKey key) {
		this.key = key;
	}

	byte[] hash(byte[] salt, String userName, String code) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(salt);
			mac.update(String.valueOf(userName).getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return mac.doFinal(code.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
