package dev.passwordless.local.operation;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.auth.AuthSessions;
import dev.passwordless.local.auth.ChallengeLoop;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;

/**
 * RespondToAuthChallenge for CUSTOM_CHALLENGE: takes the session (it works once), asks
 * Verify, records the result and lets Define decide (reference
 * {@code docs/cognito-custom-auth.md} 2.3).
 */
final class RespondToAuthChallengeOperation implements Operation {

	private final AppClient client;

	private final AuthSessions sessions;

	private final ChallengeLoop loop;

	RespondToAuthChallengeOperation(AppClient client, AuthSessions sessions, ChallengeLoop loop) {
		this.client = client;
		this.sessions = sessions;
		this.loop = loop;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		String clientId = request.required("ClientId", 128);
		String challengeName = request.required("ChallengeName", 64);
		String sessionToken = request.optional("Session", 2048);
		Map<String, String> responses = request.map("ChallengeResponses");
		Map<String, String> clientMetadata = request.map("ClientMetadata");
		this.client.check(clientId);
		if (!ChallengeLoop.CUSTOM_CHALLENGE.equals(challengeName)) {
			// inferred: only the custom challenge is ever asked in this pool
			throw CognitoException.invalidParameter("Invalid challenge name " + challengeName);
		}
		if (sessionToken == null || sessionToken.length() < 20) {
			throw CognitoException.invalidParameter("Missing or invalid required parameter Session");
		}
		String username = responses.get("USERNAME");
		String answer = responses.get("ANSWER");
		if (username == null) {
			throw CognitoException.invalidParameter("Missing required parameter USERNAME");
		}
		if (answer == null) {
			throw CognitoException.invalidParameter("Missing required parameter ANSWER");
		}
		// before the session is taken: a refused request must not use it up
		this.client.checkSecretHash(username, responses.get("SECRET_HASH"));
		AuthSessions.Session session = this.sessions.take(sessionToken, clientId);
		boolean sameUser = username.equals(session.username())
				|| (session.user() != null && username.equals(session.user().phoneNumber()));
		if (!sameUser) {
			// inferred: the USERNAME must be the one the challenge was issued to
			throw CognitoException.notAuthorized("Invalid session for the user.");
		}
		return this.loop.answer(session, answer, clientMetadata);
	}

}
