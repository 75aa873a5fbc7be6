package dev.passwordless.local.operation;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.ChallengeLoop;
import dev.passwordless.local.auth.PasskeySignIn;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.store.User;

/**
 * InitiateAuth's USER_AUTH flow (choice-based sign-in; reference
 * {@code docs/cognito-custom-auth.md} section 13): finds the user ({@link SignInUsers})
 * and offers a passkey ({@link PasskeySignIn}). It never sends an SMS: this pool's first
 * factors are {@code PASSWORD} and {@code WEB_AUTHN}, not {@code SMS_OTP}. An unknown
 * user is answered as a known user without a passkey.
 */
final class UserAuthFlow {

	/** The passwords this pool's users have and local-cognito cannot check. */
	private static final Set<String> PASSWORD_CHALLENGES = Set.of("PASSWORD", "PASSWORD_SRP");

	private final SignInUsers users;

	private final ChallengeLoop loop;

	private final PasskeySignIn passkeys;

	UserAuthFlow(SignInUsers users, ChallengeLoop loop, PasskeySignIn passkeys) {
		this.users = users;
		this.loop = loop;
		this.passkeys = passkeys;
	}

	ObjectNode start(String clientId, Map<String, String> parameters, Map<String, String> clientMetadata) {
		User user = this.users.find(parameters);
		String preferred = parameters.get("PREFERRED_CHALLENGE");
		if (PASSWORD_CHALLENGES.contains(preferred)) {
			throw new CognitoException("UnsupportedOperationException",
					"Password sign-in is not supported by local-cognito; prefer WEB_AUTHN");
		}
		String username = (user != null) ? user.username() : UUID.randomUUID().toString();
		this.loop.preAuthenticate(username, user, clientMetadata);
		return this.passkeys.start(username, user, clientId, preferred);
	}

}
