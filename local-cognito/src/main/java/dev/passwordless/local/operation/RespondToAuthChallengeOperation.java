package dev.passwordless.local.operation;

import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.auth.AuthSessions;
import dev.passwordless.local.auth.ChallengeLoop;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.UserStore;

/**
 * RespondToAuthChallenge for CUSTOM_CHALLENGE: takes the session (it works once), asks
 * Verify, records the result and lets Define decide (reference
 * {@code docs/cognito-custom-auth.md} 2.3). For NEW_PASSWORD_REQUIRED (a user in
 * FORCE_CHANGE_PASSWORD, after the custom challenges): checks the new password against
 * the policy, confirms the user and issues the tokens (11.3).
 */
final class RespondToAuthChallengeOperation implements Operation {

	private final AppClient client;

	private final AuthSessions sessions;

	private final ChallengeLoop loop;

	private final UserStore users;

	private final Clock clock;

	RespondToAuthChallengeOperation(AppClient client, AuthSessions sessions, ChallengeLoop loop, UserStore users,
			Clock clock) {
		this.client = client;
		this.sessions = sessions;
		this.loop = loop;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		String clientId = request.required("ClientId", 128);
		String challengeName = request.required("ChallengeName", 64);
		String sessionToken = request.optional("Session", 2048);
		Map<String, String> responses = request.map("ChallengeResponses");
		Map<String, String> clientMetadata = request.map("ClientMetadata");
		this.client.check(clientId);
		boolean newPassword = ChallengeLoop.NEW_PASSWORD_REQUIRED.equals(challengeName);
		if (!ChallengeLoop.CUSTOM_CHALLENGE.equals(challengeName) && !newPassword) {
			// inferred: no other challenge is ever asked in this pool
			throw CognitoException.invalidParameter("Invalid challenge name " + challengeName);
		}
		if (sessionToken == null || sessionToken.length() < 20) {
			throw CognitoException.invalidParameter("Missing or invalid required parameter Session");
		}
		String username = responses.get("USERNAME");
		String answerMember = newPassword ? "NEW_PASSWORD" : "ANSWER";
		String answer = responses.get(answerMember);
		if (username == null) {
			throw CognitoException.invalidParameter("Missing required parameter USERNAME");
		}
		if (answer == null) {
			throw CognitoException.invalidParameter("Missing required parameter " + answerMember);
		}
		if (newPassword) {
			// inferred: checked before the session is taken, so a weak one can be retried
			PasswordPolicy.check(answer);
		}
		// before the session is taken: a refused request must not use it up
		this.client.checkSecretHash(username, responses.get("SECRET_HASH"));
		AuthSessions.Session session = this.sessions.take(sessionToken, clientId);
		boolean sameUser = username.equals(session.username())
				|| (session.user() != null && username.equals(session.user().phoneNumber()));
		if (!sameUser || !challengeName.equals(session.challengeName())) {
			// inferred: the USERNAME and the challenge must be those the session was
			// issued
			// for
			throw CognitoException.notAuthorized("Invalid session for the user.");
		}
		if (newPassword) {
			this.users.updateStatus(session.username(), "CONFIRMED", this.clock.instant());
			return this.loop.newPasswordSet(session, clientMetadata);
		}
		return this.loop.answer(session, answer, clientMetadata);
	}

}
