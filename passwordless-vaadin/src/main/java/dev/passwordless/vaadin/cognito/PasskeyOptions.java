package dev.passwordless.vaadin.cognito;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the server reads and makes of the WebAuthn JSON that passes through the browser:
 * the credential id a browser's credential names, and request options of one shape for
 * every number, real (Cognito's challenge) or not (a sign-in Cognito offered no passkey
 * for).
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
	 * The shape of the request options a browser gets, the same for every number: the
	 * relying party, the timeout, user verification and the challenge's length. Only the
	 * challenge itself differs from one sign-in to the next; no list of credentials is
	 * given (the passkeys are discoverable: the browser finds its own), so nothing in the
	 * options depends on the number or on whether it has a passkey.
	 *
	 * @param rpId the relying party id
	 * @param timeout the ceremony's timeout in milliseconds
	 * @param userVerification {@code required} or {@code preferred}
	 * @param challengeLength the challenge's length in bytes
	 */
	public record Shape(String rpId, long timeout, String userVerification, int challengeLength) {

		/** Before any real challenge was seen: Cognito's usual values. */
		public static Shape of(String rpId) {
			return new Shape(rpId, 180_000, "required", 32);
		}

	}

	/**
	 * What the browser gets of Cognito's request options: its challenge, relying party,
	 * timeout and user verification, nothing else.
	 * @param cognitoOptions {@code CREDENTIAL_REQUEST_OPTIONS} as Cognito gave them
	 * @param otherwise the shape for what Cognito's options do not say
	 * @return the options for the browser, with their shape
	 * @throws IllegalArgumentException when Cognito's options are no JSON object with a
	 * challenge
	 */
	public static ForBrowser forBrowser(String cognitoOptions, Shape otherwise) {
		if (!(JsonDocuments.read(cognitoOptions) instanceof Map<?, ?> real)
				|| !(real.get("challenge") instanceof String challenge)) {
			throw new IllegalArgumentException("Cognito's request options have no challenge");
		}
		Shape shape = new Shape((real.get("rpId") instanceof String rpId) ? rpId : otherwise.rpId(),
				(real.get("timeout") instanceof Number timeout) ? timeout.longValue() : otherwise.timeout(),
				(real.get("userVerification") instanceof String verification) ? verification
						: otherwise.userVerification(),
				length(challenge, otherwise.challengeLength()));
		return new ForBrowser(json(challenge, shape), shape);
	}

	/**
	 * Options of the given shape with a fresh random challenge, for a sign-in Cognito
	 * offered no passkey for: the browser's ceremony, and what the page shows, are the
	 * same as for any number.
	 */
	public static String decoy(Shape shape, SecureRandom random) {
		return json(randomId(random, shape.challengeLength()), shape);
	}

	/**
	 * Request options for the browser, and their shape.
	 *
	 * @param json the options, as JSON
	 * @param shape their shape
	 */
	public record ForBrowser(String json, Shape shape) {
	}

	private static String json(String challenge, Shape shape) {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("challenge", challenge);
		options.put("rpId", shape.rpId());
		options.put("timeout", shape.timeout());
		options.put("userVerification", shape.userVerification());
		return JsonDocuments.json(options);
	}

	private static int length(String base64url, int otherwise) {
		try {
			return Base64.getUrlDecoder().decode(base64url).length;
		}
		catch (IllegalArgumentException ex) {
			return otherwise;
		}
	}

	private static String randomId(SecureRandom random, int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
