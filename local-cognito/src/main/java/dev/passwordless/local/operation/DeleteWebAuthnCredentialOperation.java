package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.Tokens;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.PasskeyStore;
import dev.passwordless.local.store.UserStore;

/**
 * DeleteWebAuthnCredential: the signed-in user removes one of their passkeys (reference
 * {@code docs/cognito-custom-auth.md} 13.2).
 */
final class DeleteWebAuthnCredentialOperation implements Operation {

	private final Tokens tokens;

	private final UserStore users;

	private final PasskeyStore passkeys;

	DeleteWebAuthnCredentialOperation(Tokens tokens, UserStore users, PasskeyStore passkeys) {
		this.tokens = tokens;
		this.users = users;
		this.passkeys = passkeys;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		SignedInUser signedIn = SignedInUser.of(request, this.tokens, this.users);
		String credentialId = request.required("CredentialId", 131_072);
		if (!this.passkeys.delete(signedIn.user().username(), credentialId)) {
			// inferred wording
			throw CognitoException.resourceNotFound("The passkey " + credentialId + " was not found.");
		}
		return Responses.empty();
	}

}
