package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.Tokens;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.passkey.CeremonyOptions;
import dev.passwordless.local.passkey.PasskeyPolicy;
import dev.passwordless.local.passkey.RegistrationChallenges;
import dev.passwordless.local.store.PasskeyStore;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * StartWebAuthnRegistration: the signed-in user's passkey creation options, with a new
 * challenge for CompleteWebAuthnRegistration (reference
 * {@code docs/cognito-custom-auth.md} 13.2).
 */
final class StartWebAuthnRegistrationOperation implements Operation {

	private final Tokens tokens;

	private final UserStore users;

	private final PasskeyStore passkeys;

	private final RegistrationChallenges challenges;

	private final PasskeyPolicy policy;

	StartWebAuthnRegistrationOperation(Tokens tokens, UserStore users, PasskeyStore passkeys,
			RegistrationChallenges challenges, PasskeyPolicy policy) {
		this.tokens = tokens;
		this.users = users;
		this.passkeys = passkeys;
		this.challenges = challenges;
		this.policy = policy;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		SignedInUser signedIn = SignedInUser.of(request, this.tokens, this.users);
		User user = signedIn.user();
		byte[] challenge = this.challenges.issue(user.username(), signedIn.clientId());
		// inferred: the name is the one the user signs in with, the display name their
		// name
		String displayName = user.attributes().getOrDefault("name", user.phoneNumber());
		ObjectNode response = Responses.empty();
		response.set("CredentialCreationOptions",
				CeremonyOptions.creation(this.policy, user.username(), user.phoneNumber(), displayName,
						this.passkeys.forUser(user.username()), challenge, this.challenges.validity()));
		return response;
	}

}
