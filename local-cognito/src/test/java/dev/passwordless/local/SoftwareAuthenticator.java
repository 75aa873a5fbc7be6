package dev.passwordless.local;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;

/**
 * A passkey in software, as a browser and a platform authenticator together answer
 * {@code navigator.credentials.create()} and {@code get()}: one EC P-256 key (ES256), the
 * authenticator data (relying-party id hash, flags, counter, attested credential data),
 * the client data, {@code none} or {@code packed} self attestation. Its fields are what a
 * test changes to make a bad response: another origin, relying-party id, no user
 * verification, a counter that does not move, a broken signature.
 */
final class SoftwareAuthenticator {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final ObjectConverter CBOR = new ObjectConverter();

	private final KeyPair keys;

	final byte[] credentialId = new byte[16];

	/** The origin the browser puts in the client data. */
	String origin = "http://localhost:8080";

	/** The relying-party id whose hash the authenticator signs; null: the options'. */
	String rpId;

	boolean userVerified = true;

	/** The counter of the next assertion; it moves by one after each. */
	long counter = 1;

	boolean breakSignature;

	SoftwareAuthenticator() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			this.keys = generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		new SecureRandom().nextBytes(this.credentialId);
	}

	String id() {
		return base64Url(this.credentialId);
	}

	/**
	 * {@code PublicKeyCredential.toJSON()} of a registration.
	 * @param options the {@code CredentialCreationOptions}
	 * @param format {@code none} or {@code packed}
	 */
	ObjectNode register(JsonNode options, String format) {
		byte[] clientData = clientData("webauthn.create", options.path("challenge").asText());
		byte[] coseKey = CBOR.getCborMapper()
			.writeValueAsBytes(EC2COSEKey.create((ECPublicKey) this.keys.getPublic(), COSEAlgorithmIdentifier.ES256));
		ByteArrayOutputStream attested = new ByteArrayOutputStream();
		attested.writeBytes(new byte[16]);
		attested.writeBytes(ByteBuffer.allocate(2).putShort((short) this.credentialId.length).array());
		attested.writeBytes(this.credentialId);
		attested.writeBytes(coseKey);
		byte[] authenticatorData = authenticatorData(options.path("rp").path("id").asText(), 0x40, 0,
				attested.toByteArray());
		Map<String, Object> statement = new LinkedHashMap<>();
		if (format.equals("packed")) {
			statement.put("alg", -7);
			statement.put("sig", sign(authenticatorData, clientData));
		}
		Map<String, Object> attestation = new LinkedHashMap<>();
		attestation.put("fmt", format);
		attestation.put("attStmt", statement);
		attestation.put("authData", authenticatorData);
		ObjectNode credential = credential();
		credential.put("authenticatorAttachment", "platform");
		ObjectNode response = credential.putObject("response");
		response.put("clientDataJSON", base64Url(clientData));
		response.put("attestationObject", base64Url(CBOR.getCborMapper().writeValueAsBytes(attestation)));
		response.putArray("transports").add("internal").add("hybrid");
		return credential;
	}

	/**
	 * {@code PublicKeyCredential.toJSON()} of a sign-in, as the string
	 * RespondToAuthChallenge takes.
	 * @param requestOptions the {@code CREDENTIAL_REQUEST_OPTIONS}
	 */
	String authenticate(String requestOptions) {
		try {
			JsonNode options = JSON.readTree(requestOptions);
			byte[] clientData = clientData("webauthn.get", options.path("challenge").asText());
			byte[] authenticatorData = authenticatorData(options.path("rpId").asText(), 0, this.counter++, new byte[0]);
			ObjectNode credential = credential();
			ObjectNode response = credential.putObject("response");
			response.put("clientDataJSON", base64Url(clientData));
			response.put("authenticatorData", base64Url(authenticatorData));
			response.put("signature", base64Url(sign(authenticatorData, clientData)));
			return credential.toString();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ObjectNode credential() {
		ObjectNode credential = JSON.createObjectNode();
		credential.put("id", id());
		credential.put("rawId", id());
		credential.put("type", "public-key");
		credential.putObject("clientExtensionResults");
		return credential;
	}

	private byte[] clientData(String type, String challenge) {
		ObjectNode clientData = JSON.createObjectNode()
			.put("type", type)
			.put("challenge", challenge)
			.put("origin", this.origin)
			.put("crossOrigin", false);
		return clientData.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * rpIdHash, flags (user present, verified, and {@code more}), counter, then the rest.
	 */
	private byte[] authenticatorData(String optionsRpId, int more, long count, byte[] rest) {
		int flags = 0x01 | (this.userVerified ? 0x04 : 0) | more;
		String signedRpId = (this.rpId != null) ? this.rpId : optionsRpId;
		return ByteBuffer.allocate(37 + rest.length)
			.put(sha256(signedRpId.getBytes(StandardCharsets.UTF_8)))
			.put((byte) flags)
			.putInt((int) count)
			.put(rest)
			.array();
	}

	private byte[] sign(byte[] authenticatorData, byte[] clientData) {
		try {
			Signature signature = Signature.getInstance("SHA256withECDSA");
			signature.initSign(this.keys.getPrivate());
			signature.update(authenticatorData);
			signature.update(sha256(clientData));
			byte[] signed = signature.sign();
			if (this.breakSignature) {
				signed[signed.length - 1] ^= 1;
			}
			return signed;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String base64Url(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
