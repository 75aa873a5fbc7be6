package dev.passwordless.local;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The custom authentication loop that InitiateAuth and RespondToAuthChallenge share
 * (reference 2.2-2.3): Define decides; a custom challenge goes through Create and a new
 * Session; a decision to issue tokens runs Post authentication and signs the tokens; a
 * failure is {@code "Incorrect username or password."}.
 */
final class ChallengeSteps {

	static final String CUSTOM_CHALLENGE = "CUSTOM_CHALLENGE";

	private final Pool pool;

	ChallengeSteps(Pool pool) {
		this.pool = pool;
	}

	/**
	 * Asks Define what comes next after {@code history} and does it.
	 * @param username the internal user name (random for unknown users)
	 * @param user the user, or null when unknown
	 * @param clientId the app client
	 * @param history the session so far (Cognito's {@code session} array)
	 * @param clientMetadata the request's ClientMetadata, or null when the request is
	 * InitiateAuth
	 * @return the operation's response
	 */
	ObjectNode next(String username, User user, String clientId, ArrayNode history,
			Map<String, String> clientMetadata) {
		ObjectNode define = event("DefineAuthChallenge_Authentication", username, user, clientMetadata);
		((ObjectNode) define.get("request")).set("session", history.deepCopy());
		define.putObject("response").putNull("challengeName").putNull("issueTokens").putNull("failAuthentication");
		ObjectNode decision = this.pool.triggers.invoke(Triggers.DEFINE, define);
		if (decision.path("failAuthentication").asBoolean(false)) {
			throw CognitoException.notAuthorized("Incorrect username or password.");
		}
		if (decision.path("issueTokens").asBoolean(false)) {
			if (user == null) {
				// inferred: Cognito never signs in a user that does not exist, whatever
				// Define says
				throw CognitoException.notAuthorized("Incorrect username or password.");
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

	/** Verify's answer for the last challenge. */
	boolean verify(AuthSessions.Session session, String answer, Map<String, String> clientMetadata) {
		ObjectNode verify = event("VerifyAuthChallengeResponse_Authentication", session.username(), session.user(),
				clientMetadata);
		ObjectNode request = (ObjectNode) verify.get("request");
		ObjectNode privateParameters = request.putObject("privateChallengeParameters");
		session.privateParameters().forEach(privateParameters::put);
		request.put("challengeAnswer", answer);
		verify.putObject("response").putNull("answerCorrect");
		return this.pool.triggers.invoke(Triggers.VERIFY, verify).path("answerCorrect").asBoolean(false);
	}

	private ObjectNode challenge(String username, User user, String clientId, ArrayNode history,
			Map<String, String> clientMetadata) {
		ObjectNode create = event("CreateAuthChallenge_Authentication", username, user, clientMetadata);
		ObjectNode request = (ObjectNode) create.get("request");
		request.put("challengeName", CUSTOM_CHALLENGE);
		request.set("session", history.deepCopy());
		create.putObject("response")
			.putNull("publicChallengeParameters")
			.putNull("privateChallengeParameters")
			.putNull("challengeMetadata");
		ObjectNode created = this.pool.triggers.invoke(Triggers.CREATE, create);
		ArrayNode next = history.deepCopy();
		ObjectNode entry = next.addObject().put("challengeName", CUSTOM_CHALLENGE).put("challengeResult", false);
		JsonNode metadata = created.get("challengeMetadata");
		if (metadata != null && metadata.isTextual()) {
			entry.put("challengeMetadata", metadata.textValue());
		}
		else {
			entry.putNull("challengeMetadata");
		}
		String session = this.pool.sessions.open(new AuthSessions.Session(username, user, clientId, next,
				strings(created.get("privateChallengeParameters")), this.pool.sessions.nextExpiry()));
		ObjectNode response = this.pool.object();
		response.put("ChallengeName", CUSTOM_CHALLENGE);
		response.put("Session", session);
		ObjectNode parameters = response.putObject("ChallengeParameters");
		strings(created.get("publicChallengeParameters")).forEach(parameters::put);
		parameters.put("USERNAME", username);
		return response;
	}

	private ObjectNode tokens(User user, String clientId, Map<String, String> clientMetadata) {
		if (this.pool.triggers.has(Triggers.POST_AUTHENTICATION)) {
			ObjectNode post = event("PostAuthentication_Authentication", user.username(), user, clientMetadata);
			((ObjectNode) post.get("request")).put("newDeviceUsed", false);
			this.pool.triggers.invoke(Triggers.POST_AUTHENTICATION, post);
		}
		// inferred ordering: Post authentication first, so the tokens carry what it
		// changed
		User current = this.pool.store.find(user.username()).orElseThrow(CognitoException::userNotFound);
		return this.pool
			.authenticationResult(this.pool.tokens.signIn(current, this.pool.groupNames(current.username()), clientId));
	}

	private ObjectNode event(String triggerSource, String username, User user, Map<String, String> clientMetadata) {
		ObjectNode event = Triggers.event(this.pool.json, this.pool.config, triggerSource, username);
		ObjectNode request = (ObjectNode) event.get("request");
		ObjectNode attributes = request.putObject("userAttributes");
		if (user != null) {
			user.attributes().forEach(attributes::put);
			attributes.put("cognito:user_status", user.status());
			if ("true".equals(user.attributes().get("phone_number_verified"))) {
				attributes.put("cognito:phone_number_alias", user.phoneNumber());
			}
		}
		if (clientMetadata != null && !clientMetadata.isEmpty()) {
			ObjectNode metadata = request.putObject("clientMetadata");
			clientMetadata.forEach(metadata::put);
		}
		// present because the client has PreventUserExistenceErrors=ENABLED (reference
		// 3.1)
		request.put("userNotFound", user == null);
		return event;
	}

	private static Map<String, String> strings(JsonNode node) {
		Map<String, String> map = new LinkedHashMap<>();
		if (node != null && node.isObject()) {
			node.properties().forEach((entry) -> map.put(entry.getKey(), entry.getValue().asText()));
		}
		return map;
	}

}
