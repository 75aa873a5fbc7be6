package dev.passwordless.local.operation;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.auth.ChallengeLoop;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * InitiateAuth's CUSTOM_AUTH flow: checks the secret hash over the USERNAME as given,
 * finds the user by user name or phone alias and starts the challenge loop. An unknown
 * user goes through the same loop under a random user name
 * (PreventUserExistenceErrors=ENABLED) and fails at its end.
 */
final class CustomAuthFlow {

	private final AppClient client;

	private final UserStore users;

	private final ChallengeLoop loop;

	CustomAuthFlow(AppClient client, UserStore users, ChallengeLoop loop) {
		this.client = client;
		this.users = users;
		this.loop = loop;
	}

	ObjectNode start(String clientId, Map<String, String> parameters) {
		String username = parameters.get("USERNAME");
		if (username == null || username.isEmpty()) {
			throw CognitoException.invalidParameter("Missing required parameter USERNAME");
		}
		if (username.length() > 128) {
			throw CognitoException.invalidParameter("Invalid USERNAME");
		}
		this.client.checkSecretHash(username, parameters.get("SECRET_HASH"));
		User user = this.users.find(username).orElse(null);
		if (user == null) {
			return this.loop.start(UUID.randomUUID().toString(), null, clientId);
		}
		if (!user.enabled()) {
			throw CognitoException.notAuthorized("User is disabled.");
		}
		if ("UNCONFIRMED".equals(user.status())) {
			// inferred (docs/cognito-custom-auth.md 8): rejected before the triggers, as
			// in the
			// other flows
			throw new CognitoException("UserNotConfirmedException", "User is not confirmed.");
		}
		return this.loop.start(user.username(), user, clientId);
	}

}
