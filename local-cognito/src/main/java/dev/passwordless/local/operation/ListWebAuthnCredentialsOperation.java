package dev.passwordless.local.operation;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.Tokens;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.Passkey;
import dev.passwordless.local.store.PasskeyStore;
import dev.passwordless.local.store.UserStore;

/**
 * ListWebAuthnCredentials: the signed-in user's passkeys, oldest first,
 * {@code MaxResults} (1-20, default 20; inferred) a page, with {@code NextToken}
 * (reference {@code docs/cognito-custom-auth.md} 13.2).
 */
final class ListWebAuthnCredentialsOperation implements Operation {

	private static final int MAX_RESULTS = 20;

	private final Tokens tokens;

	private final UserStore users;

	private final PasskeyStore passkeys;

	ListWebAuthnCredentialsOperation(Tokens tokens, UserStore users, PasskeyStore passkeys) {
		this.tokens = tokens;
		this.users = users;
		this.passkeys = passkeys;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		SignedInUser signedIn = SignedInUser.of(request, this.tokens, this.users);
		Integer maxResults = request.optionalInt("MaxResults");
		if (maxResults != null && (maxResults < 1 || maxResults > MAX_RESULTS)) {
			throw CognitoException.invalidParameter("1 validation error detected: Value '" + maxResults
					+ "' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and "
					+ MAX_RESULTS);
		}
		int size = (maxResults != null) ? maxResults : MAX_RESULTS;
		int offset = Pages.offset(request.optional("NextToken", 131_072));
		List<Passkey> all = this.passkeys.forUser(signedIn.user().username());
		ObjectNode response = Responses.empty();
		ArrayNode credentials = response.putArray("Credentials");
		all.stream().skip(offset).limit(size).forEach((passkey) -> {
			ObjectNode credential = credentials.addObject()
				.put("CredentialId", passkey.credentialId())
				.put("FriendlyCredentialName", passkey.friendlyName())
				.put("RelyingPartyId", passkey.relyingPartyId());
			if (passkey.attachment() != null) {
				credential.put("AuthenticatorAttachment", passkey.attachment());
			}
			ArrayNode transports = credential.putArray("AuthenticatorTransports");
			passkey.transports().forEach(transports::add);
			credential.put("CreatedAt", passkey.createdAt().toEpochMilli() / 1000.0);
		});
		if (offset + size < all.size()) {
			response.put("NextToken", Pages.token(offset + size));
		}
		return response;
	}

}
