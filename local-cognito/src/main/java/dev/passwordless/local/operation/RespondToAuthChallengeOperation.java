package dev.passwordless.local.operation;

import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.auth.AuthSessions;
import dev.passwordless.local.auth.ChallengeLoop;
import dev.passwordless.local.auth.PasskeySignIn;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.UserStore;

/**
 * RespondToAuthChallenge for CUSTOM_CHALLENGE: takes the session (it works once), asks
 * Verify, records the result and lets Define decide (reference
 * {@code docs/cognito-custom-auth.md} 2.3). For NEW_PASSWORD_REQUIRED (a user in
 * FORCE_CHANGE_PASSWORD, after the custom challenges): checks the new password against
 * the policy, confirms the user and issues the tokens (11.3). For WEB_AUTHN (USER_AUTH):
 * checks the passkey assertion in {@code CREDENTIAL} (13.3).
 */
final class RespondToAuthChallengeOperation implements Operation {

	private final AppClient client;

	private final AuthSessions sessions;

	private final ChallengeLoop loop;

	private final PasskeySignIn passkeys;

	private final UserStore users;

	private final Clock clock;

	RespondToAuthChallengeOperation(AppClient client, AuthSessions sessions, ChallengeLoop loop, PasskeySignIn passkeys,
			UserStore users, Clock clock) {
		this.client = client;
		this.sessions = sessions;
		this.loop = loop;
		this.passkeys = passkeys;
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
		String answerMember = switch (challengeName) {
			case ChallengeLoop.CUSTOM_CHALLENGE, PasskeySignIn.SELECT_CHALLENGE -> "ANSWER";
			case ChallengeLoop.NEW_PASSWORD_REQUIRED -> "NEW_PASSWORD";
			case PasskeySignIn.WEB_AUTHN -> "CREDENTIAL";
			// inferred: no other challenge is ever asked in this pool
			default -> throw CognitoException.invalidParameter("Invalid challenge name " + challengeName);
		};
		if (sessionToken == null || sessionToken.length() < 20) {
			throw CognitoException.invalidParameter("Missing or invalid required parameter Session");
		}
		String username = responses.get("USERNAME");
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
		return switch (challengeName) {
			case ChallengeLoop.NEW_PASSWORD_REQUIRED -> {
				this.users.updateStatus(session.username(), "CONFIRMED", this.clock.instant());
				yield this.loop.newPasswordSet(session, clientMetadata);
			}
			case PasskeySignIn.WEB_AUTHN -> this.passkeys.answer(session, answer, clientMetadata);
			// the only choices offered are passwords (a user with passkeys is asked
			// WEB_AUTHN when they prefer it)
			case PasskeySignIn.SELECT_CHALLENGE -> throw new CognitoException("UnsupportedOperationException",
					"Password sign-in is not supported by local-cognito; prefer WEB_AUTHN");
			default -> this.loop.answer(session, answer, clientMetadata);
		};
	}

}
