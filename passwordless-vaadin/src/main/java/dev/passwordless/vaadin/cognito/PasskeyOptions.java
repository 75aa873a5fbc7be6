package dev.passwordless.vaadin.cognito;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the server reads and makes of the WebAuthn JSON that passes through the browser:
 * the credential id a browser's credential names, and request options for a sign-in
 * Cognito offered no passkey for, shaped like a real challenge's.
 */
public final class PasskeyOptions {

	private PasskeyOptions() {
	}

	/** The credential id a browser's credential JSON names, if it names one. */
	public static Optional<String> credentialId(String credential) {
		try {
			return (JsonDocuments.read(credential) instanceof Map<?, ?> map && map.get("id") instanceof String id)
					? Optional.of(id) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Request options shaped like a real challenge's, for a sign-in Cognito offered no
	 * passkey for: a fresh random challenge and credential ids of the same lengths, so
	 * that the browser's ceremony, and what the page shows, is the same for every number.
	 * @param template options Cognito gave for a real challenge, or null
	 * @param relyingPartyId the relying party when there is no template
	 */
	public static String decoy(String template, String relyingPartyId, SecureRandom random) {
		Map<String, Object> options = new HashMap<>();
		options.put("rpId", relyingPartyId);
		options.put("timeout", 180000);
		options.put("userVerification", "required");
		int credentialLength = 32;
		int challengeLength = 32;
		if (template != null && JsonDocuments.read(template) instanceof Map<?, ?> real) {
			real.forEach((key, value) -> options.put(String.valueOf(key), value));
			if (real.get("allowCredentials") instanceof List<?> allowed && !allowed.isEmpty()
					&& allowed.getFirst() instanceof Map<?, ?> first && first.get("id") instanceof String id) {
				credentialLength = Base64.getUrlDecoder().decode(id).length;
			}
			if (real.get("challenge") instanceof String challenge) {
				challengeLength = Base64.getUrlDecoder().decode(challenge).length;
			}
		}
		options.put("challenge", randomId(random, challengeLength));
		options.put("allowCredentials",
				List.of(Map.of("type", "public-key", "id", randomId(random, credentialLength))));
		return JsonDocuments.json(options);
	}

	private static String randomId(SecureRandom random, int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
