package dev.passwordless.local.store;

import java.time.Instant;
import java.util.List;

/**
 * A user's passkey (WebAuthn credential), as the pool keeps it.
 *
 * @param credentialId the credential id, base64url without padding
 * @param username the internal user name of its owner
 * @param publicKey the credential's public key, a COSE key
 * @param signCount the authenticator's sign counter at the last sign-in
 * @param relyingPartyId the relying-party id it was registered for
 * @param transports how the browser reaches the authenticator ({@code internal},
 * {@code usb}, ...)
 * @param attachment {@code platform} or {@code cross-platform}; null when the browser did
 * not say
 * @param friendlyName the name the pool gave it
 * @param createdAt when it was registered
 */
public record Passkey(String credentialId, String username, byte[] publicKey, long signCount, String relyingPartyId,
		List<String> transports, String attachment, String friendlyName, Instant createdAt) {

	public Passkey {
		publicKey = publicKey.clone();
		transports = List.copyOf(transports);
	}

	@Override
	public byte[] publicKey() {
		return this.publicKey.clone();
	}

}
