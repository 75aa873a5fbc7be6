package dev.passwordless.local;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RespondToAuthChallenge for CUSTOM_CHALLENGE: takes the session (it works once), asks
 * Verify, records the result and lets Define decide (reference 2.3).
 */
final class RespondToAuthChallengeOperation implements Operation {

	private final Pool pool;

	private final ChallengeSteps steps;

	RespondToAuthChallengeOperation(Pool pool, ChallengeSteps steps) {
		this.pool = pool;
		this.steps = steps;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		String clientId = request.required("ClientId", 128);
		String challengeName = request.required("ChallengeName", 64);
		String sessionToken = request.optional("Session", 2048);
		Map<String, String> responses = request.map("ChallengeResponses");
		Map<String, String> clientMetadata = request.map("ClientMetadata");
		this.pool.checkClient(clientId);
		if (!ChallengeSteps.CUSTOM_CHALLENGE.equals(challengeName)) {
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
		AuthSessions.Session session = this.pool.sessions.take(sessionToken, clientId);
		boolean sameUser = username.equals(session.username())
				|| (session.user() != null && username.equals(session.user().phoneNumber()));
		if (!sameUser) {
			// inferred: the USERNAME must be the one the challenge was issued to
			throw CognitoException.notAuthorized("Invalid session for the user.");
		}
		boolean correct = this.steps.verify(session, answer, clientMetadata);
		((ObjectNode) session.history().get(session.history().size() - 1)).put("challengeResult", correct);
		return this.steps.next(session.username(), session.user(), clientId, session.history(), clientMetadata);
	}

}
