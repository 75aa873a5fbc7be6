package dev.passwordless.local.passkey;

import java.util.Base64;
import java.util.List;
import java.util.Set;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadOriginException;
import com.webauthn4j.verifier.exception.BadRpIdException;
import com.webauthn4j.verifier.exception.BadSignatureException;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import com.webauthn4j.verifier.exception.NotAllowedAlgorithmException;
import com.webauthn4j.verifier.exception.UserNotPresentException;
import com.webauthn4j.verifier.exception.UserNotVerifiedException;
import com.webauthn4j.verifier.exception.VerificationException;
import dev.passwordless.local.passkey.PasskeyRefusal.Reason;

/**
 * Checks registration and authentication responses (the browser's
 * {@code PublicKeyCredential.toJSON()}) with webauthn4j: challenge, origin, relying-party
 * id hash, user present and (when the policy requires it) user verified flags, the
 * attestation ({@code none} or {@code packed}) or the assertion's signature, and the sign
 * counter. Each refusal is a {@link PasskeyRefusal} naming the check.
 */
public final class WebAuthnVerifier {

	/** The attestation formats the pool takes. */
	private static final Set<String> FORMATS = Set.of("none", "packed");

	/** ES256 and RS256, what the creation options offer. */
	static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
			new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
			new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));

	private final ObjectConverter converter = new ObjectConverter();

	private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager(this.converter);

	private final PasskeyPolicy policy;

	public WebAuthnVerifier(PasskeyPolicy policy) {
		this.policy = policy;
	}

	public PasskeyPolicy policy() {
		return this.policy;
	}

	/**
	 * A new credential, checked.
	 *
	 * @param credentialId base64url, without padding
	 * @param publicKey its COSE key
	 * @param signCount the authenticator's counter at registration
	 * @param transports the transports the browser reported
	 */
	public record NewCredential(String credentialId, byte[] publicKey, long signCount, List<String> transports) {
	}

	/**
	 * Checks a registration response against the challenge the pool gave.
	 * @throws PasskeyRefusal when any check fails
	 */
	public NewCredential register(String responseJson, byte[] challenge) {
		RegistrationData data;
		try {
			data = this.manager.parseRegistrationResponseJSON(responseJson);
		}
		catch (DataConversionException | IllegalArgumentException | NullPointerException ex) {
			throw new PasskeyRefusal(Reason.MALFORMED);
		}
		if (data.getAttestationObject() == null || !FORMATS.contains(data.getAttestationObject().getFormat())) {
			throw new PasskeyRefusal(Reason.UNSUPPORTED);
		}
		verify(() -> this.manager.verify(data, new RegistrationParameters(serverProperty(challenge), ALGORITHMS,
				this.policy.userVerificationRequired(), true)));
		AttestedCredentialData credential = data.getAttestationObject()
			.getAuthenticatorData()
			.getAttestedCredentialData();
		List<String> transports = (data.getTransports() != null)
				? data.getTransports().stream().map(AuthenticatorTransport::getValue).sorted().toList() : List.of();
		return new NewCredential(base64Url(credential.getCredentialId()),
				this.converter.getCborMapper().writeValueAsBytes(credential.getCOSEKey()),
				data.getAttestationObject().getAuthenticatorData().getSignCount(), transports);
	}

	/**
	 * Reads an authentication response without checking it: which credential it names.
	 * @throws PasskeyRefusal when it cannot be read
	 */
	public AuthenticationData readAssertion(String responseJson) {
		try {
			AuthenticationData data = this.manager.parseAuthenticationResponseJSON(responseJson);
			if (data.getCredentialId() == null) {
				throw new PasskeyRefusal(Reason.MALFORMED);
			}
			return data;
		}
		catch (DataConversionException | IllegalArgumentException | NullPointerException ex) {
			throw new PasskeyRefusal(Reason.MALFORMED);
		}
	}

	/**
	 * Checks an authentication response against the challenge the pool gave and the
	 * stored credential.
	 * @param publicKey the stored COSE key
	 * @param signCount the stored sign counter
	 * @return the authenticator's new sign counter
	 * @throws PasskeyRefusal when any check fails
	 */
	public long authenticate(AuthenticationData data, byte[] challenge, byte[] publicKey, long signCount) {
		COSEKey key = this.converter.getCborMapper().readValue(publicKey, COSEKey.class);
		CredentialRecordImpl record = new CredentialRecordImpl(null, null, null, null, signCount,
				new AttestedCredentialData(AAGUID.ZERO, data.getCredentialId(), key), null, null, null, null);
		verify(() -> this.manager.verify(data, new AuthenticationParameters(serverProperty(challenge), record,
				List.of(data.getCredentialId()), this.policy.userVerificationRequired(), true)));
		return data.getAuthenticatorData().getSignCount();
	}

	private ServerProperty serverProperty(byte[] challenge) {
		return ServerProperty.builder()
			.originPredicate((origin) -> this.policy.allowsOrigin(origin.toString()))
			.rpId(this.policy.relyingPartyId())
			.challenge(new DefaultChallenge(challenge))
			.build();
	}

	private static void verify(Runnable check) {
		try {
			check.run();
		}
		catch (BadChallengeException ex) {
			throw new PasskeyRefusal(Reason.CHALLENGE);
		}
		catch (BadOriginException ex) {
			throw new PasskeyRefusal(Reason.ORIGIN);
		}
		catch (BadRpIdException ex) {
			throw new PasskeyRefusal(Reason.RELYING_PARTY);
		}
		catch (UserNotPresentException ex) {
			throw new PasskeyRefusal(Reason.USER_NOT_PRESENT);
		}
		catch (UserNotVerifiedException ex) {
			throw new PasskeyRefusal(Reason.USER_NOT_VERIFIED);
		}
		catch (NotAllowedAlgorithmException ex) {
			throw new PasskeyRefusal(Reason.UNSUPPORTED);
		}
		catch (BadSignatureException ex) {
			throw new PasskeyRefusal(Reason.SIGNATURE);
		}
		catch (MaliciousCounterValueException ex) {
			throw new PasskeyRefusal(Reason.COUNTER);
		}
		catch (VerificationException | DataConversionException ex) {
			throw new PasskeyRefusal(Reason.MALFORMED);
		}
	}

	/** Base64url without padding, as WebAuthn's JSON writes bytes. */
	public static String base64Url(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
