package dev.passwordless.local.auth;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * The custom authentication loop that InitiateAuth and RespondToAuthChallenge share
 * (reference {@code docs/cognito-custom-auth.md} 2.2-2.3): Define decides; a custom
 * challenge goes through Create and a new Session; a decision to issue tokens runs Post
 * authentication and signs the tokens; a failure is {@code "Incorrect username or
 * password."}.
 */
public final class ChallengeLoop {

	/** The challenge this pool's triggers ask. */
	public static final String CUSTOM_CHALLENGE = "CUSTOM_CHALLENGE";

	/**
	 * What Cognito asks instead of issuing tokens to a user in
	 * {@code FORCE_CHANGE_PASSWORD} (reference {@code docs/cognito-custom-auth.md} 11.3).
	 */
	public static final String NEW_PASSWORD_REQUIRED = "NEW_PASSWORD_REQUIRED";

	private final TriggerHost triggers;

	private final TriggerEvents events;

	private final AuthSessions sessions;

	private final SignInTokens signedIn;

	private final UserStore users;

	public ChallengeLoop(TriggerHost triggers, TriggerEvents events, AuthSessions sessions, SignInTokens signedIn,
			UserStore users) {
		this.triggers = triggers;
		this.events = events;
		this.sessions = sessions;
		this.signedIn = signedIn;
		this.users = users;
	}

	/**
	 * What every InitiateAuth of a user does first, known or not
	 * (PreventUserExistenceErrors=ENABLED): Pre authentication, when the pool has it,
	 * with the request's ClientMetadata as {@code validationData}. A trigger that throws
	 * fails the InitiateAuth with {@code UserLambdaValidationException}.
	 * @param username the user's name, or the made-up one of an unknown user
	 * @param user the user, or null when unknown
	 * @param clientMetadata InitiateAuth's ClientMetadata, or null
	 */
	public void preAuthenticate(String username, User user, Map<String, String> clientMetadata) {
		if (this.triggers.has(Trigger.PRE_AUTHENTICATION)) {
			this.triggers.invoke(Trigger.PRE_AUTHENTICATION,
					this.events.preAuthentication(username, user, clientMetadata));
		}
	}

	/**
	 * The first step of a sign-in: Define with an empty session, then Create. Neither
	 * gets InitiateAuth's ClientMetadata (docs/cognito-custom-auth.md 12.1).
	 */
	public ObjectNode start(String username, User user, String clientId) {
		return next(username, user, clientId, JsonNodeFactory.instance.arrayNode(), null);
	}

	/**
	 * A later step: Verify judges the answer to the session's challenge, then Define
	 * decides what comes next: another challenge through Create (also after a right
	 * answer: a further round), tokens after Post authentication, or a failure. Every
	 * trigger of the step gets this request's ClientMetadata (docs/cognito-custom-auth.md
	 * 12.1); each new challenge gets a session of its own validity (12.2).
	 * @param session the session the client answered, already taken
	 * @param answer the client's answer
	 * @param clientMetadata the request's ClientMetadata
	 */
	public ObjectNode answer(AuthSessions.Session session, String answer, Map<String, String> clientMetadata) {
		boolean correct = verify(session, answer, clientMetadata);
		ArrayNode history = session.history().deepCopy();
		((ObjectNode) history.get(history.size() - 1)).put("challengeResult", correct);
		return next(session.username(), session.user(), session.clientId(), history, clientMetadata);
	}

	/** Asks Define what comes next after {@code history} and does it. */
	private ObjectNode next(String username, User user, String clientId, ArrayNode history,
			Map<String, String> clientMetadata) {
		ObjectNode define = this.events.authentication("DefineAuthChallenge_Authentication", username, user,
				clientMetadata);
		((ObjectNode) define.get("request")).set("session", history.deepCopy());
		define.putObject("response").putNull("challengeName").putNull("issueTokens").putNull("failAuthentication");
		ObjectNode decision = this.triggers.invoke(Trigger.DEFINE_AUTH_CHALLENGE, define);
		if (decision.path("failAuthentication").asBoolean(false)) {
			throw CognitoException.notAuthorized("Incorrect username or password.");
		}
		if (decision.path("issueTokens").asBoolean(false)) {
			if (user == null) {
				// inferred: Cognito never signs in a user that does not exist, whatever
				// Define says
				throw CognitoException.notAuthorized("Incorrect username or password.");
			}
			User current = this.users.find(user.username()).orElseThrow(CognitoException::userNotFound);
			if ("FORCE_CHANGE_PASSWORD".equals(current.status())) {
				return newPasswordRequired(current, clientId, history);
			}
			return tokens(user, clientId, clientMetadata);
		}
		String challengeName = decision.path("challengeName").asText(null);
		if (challengeName == null) {
			throw new CognitoException("InvalidLambdaResponseException", "Unrecognizable lambda output");
		}
		if (!CUSTOM_CHALLENGE.equals(challengeName)) {
			throw new CognitoException("UnsupportedOperationException",
					challengeName + " challenges are not supported by local-cognito; only CUSTOM_CHALLENGE is");
		}
		return challenge(username, user, clientId, history, clientMetadata);
	}

	/**
	 * The answer to {@code NEW_PASSWORD_REQUIRED}, once the caller has checked the new
	 * password and confirmed the user: Post authentication and the tokens.
	 * @param session the session the client answered, already taken
	 */
	public ObjectNode newPasswordSet(AuthSessions.Session session, Map<String, String> clientMetadata) {
		return tokens(session.user(), session.clientId(), clientMetadata);
	}

	/**
	 * The challenge a user in {@code FORCE_CHANGE_PASSWORD} gets after the custom
	 * challenges, with the user's attributes as Cognito lists them (inferred shape: the
	 * password flows' one).
	 */
	private ObjectNode newPasswordRequired(User user, String clientId, ArrayNode history) {
		String session = this.sessions.open(new AuthSessions.Session(user.username(), user, clientId, history, Map.of(),
				this.sessions.nextExpiry(), NEW_PASSWORD_REQUIRED));
		ObjectNode attributes = JsonNodeFactory.instance.objectNode();
		user.attributes().forEach((name, value) -> {
			if (!name.equals("sub")) {
				attributes.put(name, value);
			}
		});
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.put("ChallengeName", NEW_PASSWORD_REQUIRED);
		response.put("Session", session);
		response.putObject("ChallengeParameters")
			.put("USER_ID_FOR_SRP", user.username())
			.put("requiredAttributes", "[]")
			.put("userAttributes", attributes.toString());
		return response;
	}

	private boolean verify(AuthSessions.Session session, String answer, Map<String, String> clientMetadata) {
		ObjectNode verify = this.events.authentication("VerifyAuthChallengeResponse_Authentication", session.username(),
				session.user(), clientMetadata);
		ObjectNode request = (ObjectNode) verify.get("request");
		ObjectNode privateParameters = request.putObject("privateChallengeParameters");
		session.privateParameters().forEach(privateParameters::put);
		request.put("challengeAnswer", answer);
		verify.putObject("response").putNull("answerCorrect");
		return this.triggers.invoke(Trigger.VERIFY_AUTH_CHALLENGE_RESPONSE, verify)
			.path("answerCorrect")
			.asBoolean(false);
	}

	private ObjectNode challenge(String username, User user, String clientId, ArrayNode history,
			Map<String, String> clientMetadata) {
		ObjectNode create = this.events.authentication("CreateAuthChallenge_Authentication", username, user,
				clientMetadata);
		ObjectNode request = (ObjectNode) create.get("request");
		request.put("challengeName", CUSTOM_CHALLENGE);
		request.set("session", history.deepCopy());
		create.putObject("response")
			.putNull("publicChallengeParameters")
			.putNull("privateChallengeParameters")
			.putNull("challengeMetadata");
		ObjectNode created = this.triggers.invoke(Trigger.CREATE_AUTH_CHALLENGE, create);
		ArrayNode next = history.deepCopy();
		ObjectNode entry = next.addObject().put("challengeName", CUSTOM_CHALLENGE).put("challengeResult", false);
		JsonNode metadata = created.get("challengeMetadata");
		if (metadata != null && metadata.isTextual()) {
			entry.put("challengeMetadata", metadata.textValue());
		}
		else {
			entry.putNull("challengeMetadata");
		}
		String session = this.sessions.open(new AuthSessions.Session(username, user, clientId, next,
				strings(created.get("privateChallengeParameters")), this.sessions.nextExpiry(), CUSTOM_CHALLENGE));
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.put("ChallengeName", CUSTOM_CHALLENGE);
		response.put("Session", session);
		ObjectNode parameters = response.putObject("ChallengeParameters");
		strings(created.get("publicChallengeParameters")).forEach(parameters::put);
		parameters.put("USERNAME", username);
		return response;
	}

	private ObjectNode tokens(User user, String clientId, Map<String, String> clientMetadata) {
		return this.signedIn.issue(user, clientId, clientMetadata);
	}

	private static Map<String, String> strings(JsonNode node) {
		Map<String, String> map = new LinkedHashMap<>();
		if (node != null && node.isObject()) {
			node.properties().forEach((entry) -> map.put(entry.getKey(), entry.getValue().asText()));
		}
		return map;
	}

}
