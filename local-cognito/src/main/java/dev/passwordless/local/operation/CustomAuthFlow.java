package dev.passwordless.local.operation;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.ChallengeLoop;
import dev.passwordless.local.store.User;

/**
 * InitiateAuth's CUSTOM_AUTH flow: finds the user ({@link SignInUsers}), runs Pre
 * authentication with the request's ClientMetadata and starts the challenge loop. An
 * unknown user goes through the same steps under a random user name
 * (PreventUserExistenceErrors=ENABLED) and fails at the loop's end.
 */
final class CustomAuthFlow {

	private final SignInUsers users;

	private final ChallengeLoop loop;

	CustomAuthFlow(SignInUsers users, ChallengeLoop loop) {
		this.users = users;
		this.loop = loop;
	}

	ObjectNode start(String clientId, Map<String, String> parameters, Map<String, String> clientMetadata) {
		User user = this.users.find(parameters);
		String username = (user != null) ? user.username() : UUID.randomUUID().toString();
		this.loop.preAuthenticate(username, user, clientMetadata);
		return this.loop.start(username, user, clientId);
	}

}
