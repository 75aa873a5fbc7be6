package dev.passwordless.local.operation;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.ChallengeLoop;
import dev.passwordless.local.store.User;

/**
 * InitiateAuth's CUSTOM_AUTH flow: finds the user ({@link SignInUsers}) and starts the
 * challenge loop. An unknown user goes through the same loop under a random user name
 * (PreventUserExistenceErrors=ENABLED) and fails at its end.
 */
final class CustomAuthFlow {

	private final SignInUsers users;

	private final ChallengeLoop loop;

	CustomAuthFlow(SignInUsers users, ChallengeLoop loop) {
		this.users = users;
		this.loop = loop;
	}

	ObjectNode start(String clientId, Map<String, String> parameters) {
		User user = this.users.find(parameters);
		if (user == null) {
			return this.loop.start(UUID.randomUUID().toString(), null, clientId);
		}
		return this.loop.start(user.username(), user, clientId);
	}

}
