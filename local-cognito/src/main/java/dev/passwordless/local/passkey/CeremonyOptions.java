package dev.passwordless.local.passkey;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import dev.passwordless.local.store.Passkey;

/**
 * The options the browser passes to {@code navigator.credentials.create()} and
 * {@code get()} ({@code PublicKeyCredentialCreationOptionsJSON} and
 * {@code PublicKeyCredentialRequestOptionsJSON}), as StartWebAuthnRegistration and the
 * {@code WEB_AUTHN} challenge answer them.
 */
public final class CeremonyOptions {

	private CeremonyOptions() {
	}

	/**
	 * Registration options: a discoverable credential (resident key required), ES256 or
	 * RS256, none of the user's passkeys again.
	 * @param userId the user's internal user name (the sub), which becomes
	 * {@code user.id}
	 * @param name the user's name in the pool (the phone number)
	 * @param displayName what the passkey provider shows (the {@code name} attribute)
	 */
	public static ObjectNode creation(PasskeyPolicy policy, String userId, String name, String displayName,
			List<Passkey> existing, byte[] challenge, Duration timeout) {
		ObjectNode options = JsonNodeFactory.instance.objectNode();
		options.put("challenge", WebAuthnVerifier.base64Url(challenge));
		// inferred: the relying party's name is its id
		options.putObject("rp").put("id", policy.relyingPartyId()).put("name", policy.relyingPartyId());
		options.putObject("user")
			.put("id", WebAuthnVerifier.base64Url(userId.getBytes(StandardCharsets.UTF_8)))
			.put("name", name)
			.put("displayName", displayName);
		ArrayNode algorithms = options.putArray("pubKeyCredParams");
		for (PublicKeyCredentialParameters parameters : WebAuthnVerifier.ALGORITHMS) {
			algorithms.addObject().put("type", "public-key").put("alg", parameters.getAlg().getValue());
		}
		options.put("timeout", timeout.toMillis());
		options.set("excludeCredentials", descriptors(existing));
		options.putObject("authenticatorSelection")
			.put("residentKey", "required")
			.put("requireResidentKey", true)
			.put("userVerification", policy.userVerification());
		return options;
	}

	/** Sign-in options: one of the user's passkeys. */
	public static ObjectNode request(PasskeyPolicy policy, List<Passkey> passkeys, byte[] challenge, Duration timeout) {
		ObjectNode options = JsonNodeFactory.instance.objectNode();
		options.put("challenge", WebAuthnVerifier.base64Url(challenge));
		options.put("timeout", timeout.toMillis());
		options.put("rpId", policy.relyingPartyId());
		options.set("allowCredentials", descriptors(passkeys));
		options.put("userVerification", policy.userVerification());
		return options;
	}

	private static ArrayNode descriptors(List<Passkey> passkeys) {
		ArrayNode list = JsonNodeFactory.instance.arrayNode();
		for (Passkey passkey : passkeys) {
			ObjectNode descriptor = list.addObject().put("type", "public-key").put("id", passkey.credentialId());
			if (!passkey.transports().isEmpty()) {
				ArrayNode transports = descriptor.putArray("transports");
				passkey.transports().forEach(transports::add);
			}
		}
		return list;
	}

}
