package dev.passwordless.local.operation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.Tokens;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.passkey.PasskeyRefusal;
import dev.passwordless.local.passkey.RegistrationChallenges;
import dev.passwordless.local.passkey.WebAuthnVerifier;
import dev.passwordless.local.store.Passkey;
import dev.passwordless.local.store.PasskeyStore;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * CompleteWebAuthnRegistration: checks the browser's registration response against the
 * user's pending challenge (taken, so it works once, whatever the outcome) and keeps the
 * passkey; each refusal is answered with Cognito's error for it and stores nothing
 * (reference {@code docs/cognito-custom-auth.md} 13.2).
 */
final class CompleteWebAuthnRegistrationOperation implements Operation {

	/** The most passkeys a user may have (inferred). */
	static final int MAX_PASSKEYS = 20;

	private static final Set<String> ATTACHMENTS = Set.of("platform", "cross-platform");

	private final Tokens tokens;

	private final UserStore users;

	private final PasskeyStore passkeys;

	private final RegistrationChallenges challenges;

	private final WebAuthnVerifier verifier;

	private final Clock clock;

	CompleteWebAuthnRegistrationOperation(Tokens tokens, UserStore users, PasskeyStore passkeys,
			RegistrationChallenges challenges, WebAuthnVerifier verifier, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.passkeys = passkeys;
		this.challenges = challenges;
		this.verifier = verifier;
		this.clock = clock;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		SignedInUser signedIn = SignedInUser.of(request, this.tokens, this.users);
		JsonNode credential = request.document("Credential");
		User user = signedIn.user();
		RegistrationChallenges.Pending pending = this.challenges.take(user.username())
			.orElseThrow(() -> new CognitoException("WebAuthnChallengeNotFoundException",
					// inferred wording
					"The WebAuthn registration challenge was not found or has expired."));
		if (!pending.clientId().equals(signedIn.clientId())) {
			throw new CognitoException("WebAuthnClientMismatchException",
					// inferred wording
					"The access token is for another app client than the one that started the registration.");
		}
		if (this.passkeys.forUser(user.username()).size() >= MAX_PASSKEYS) {
			// inferred: the limit and its wording
			throw new CognitoException("LimitExceededException",
					"A user can have at most " + MAX_PASSKEYS + " passkeys.");
		}
		WebAuthnVerifier.NewCredential checked;
		try {
			checked = this.verifier.register(credential.toString(), pending.challenge());
		}
		catch (PasskeyRefusal ex) {
			throw refusal(ex);
		}
		String attachment = credential.path("authenticatorAttachment").asText(null);
		Instant now = this.clock.instant();
		Passkey passkey = new Passkey(checked.credentialId(), user.username(), checked.publicKey(), checked.signCount(),
				this.verifier.policy().relyingPartyId(), checked.transports(),
				ATTACHMENTS.contains(attachment) ? attachment : null, friendlyName(now), now);
		if (!this.passkeys.insert(passkey)) {
			// inferred wording
			throw CognitoException.invalidParameter("This passkey is already registered.");
		}
		return Responses.empty();
	}

	/**
	 * Cognito generates the name (docs/cognito-custom-auth.md 13.2); inferred form.
	 */
	private static String friendlyName(Instant createdAt) {
		return "Passkey " + createdAt.atOffset(ZoneOffset.UTC).toLocalDate();
	}

	/** Cognito's error for each refusal (inferred wording throughout). */
	private static CognitoException refusal(PasskeyRefusal refusal) {
		String message = "The passkey was not registered: " + refusal.reason().words() + ".";
		return switch (refusal.reason()) {
			case CHALLENGE -> new CognitoException("WebAuthnChallengeNotFoundException", message);
			case ORIGIN -> new CognitoException("WebAuthnOriginNotAllowedException", message);
			case RELYING_PARTY -> new CognitoException("WebAuthnRelyingPartyMismatchException", message);
			case UNSUPPORTED, USER_NOT_VERIFIED, USER_NOT_PRESENT ->
				new CognitoException("WebAuthnCredentialNotSupportedException", message);
			case MALFORMED, SIGNATURE, COUNTER, UNKNOWN_CREDENTIAL -> CognitoException.invalidParameter(message);
		};
	}

}
