package dev.passwordless.local;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The services the operations share: the pool's configuration, store, tokens, sessions,
 * triggers and outbox. An operation takes what it needs from here.
 */
final class Pool {

	final LocalCognitoConfig config;

	final ObjectMapper json;

	final UserStore store;

	final Tokens tokens;

	final AuthSessions sessions;

	final Triggers triggers;

	final SmsOutbox outbox;

	final Clock clock;

	Pool(LocalCognitoConfig config, ObjectMapper json, UserStore store, Tokens tokens, AuthSessions sessions,
			Triggers triggers, SmsOutbox outbox, Clock clock) {
		this.config = config;
		this.json = json;
		this.store = store;
		this.tokens = tokens;
		this.sessions = sessions;
		this.triggers = triggers;
		this.outbox = outbox;
		this.clock = clock;
	}

	void checkClient(String clientId) {
		if (!this.config.clientId().equals(clientId)) {
			throw CognitoException.resourceNotFound("User pool client " + clientId + " does not exist.");
		}
	}

	void checkPool(String userPoolId) {
		if (!this.config.userPoolId().equals(userPoolId)) {
			throw CognitoException.resourceNotFound("User pool " + userPoolId + " does not exist.");
		}
	}

	/** A user by user name or phone alias, or {@code UserNotFoundException}. */
	User user(String usernameOrPhone) {
		return this.store.find(usernameOrPhone).orElseThrow(CognitoException::userNotFound);
	}

	List<String> groupNames(String username) {
		return this.store.groupsOf(username).stream().map(UserStore.Group::name).toList();
	}

	ObjectNode object() {
		return this.json.createObjectNode();
	}

	ArrayNode attributeList(Map<String, String> attributes) {
		ArrayNode list = this.json.createArrayNode();
		attributes.forEach((name, value) -> list.addObject().put("Name", name).put("Value", value));
		return list;
	}

	/**
	 * The response of a step that issues tokens: {@code AuthenticationResult} (the
	 * refresh token only when there is a new one) and empty {@code ChallengeParameters}.
	 */
	ObjectNode authenticationResult(Tokens.Issued issued) {
		ObjectNode response = object();
		response.putObject("ChallengeParameters");
		ObjectNode result = response.putObject("AuthenticationResult");
		result.put("AccessToken", issued.accessToken());
		result.put("ExpiresIn", issued.expiresIn());
		result.put("TokenType", "Bearer");
		if (issued.refreshToken() != null) {
			result.put("RefreshToken", issued.refreshToken());
		}
		result.put("IdToken", issued.idToken());
		return response;
	}

	/** Cognito's timestamps: epoch seconds with fractions. */
	static double seconds(java.time.Instant instant) {
		return instant.toEpochMilli() / 1000.0;
	}

}
