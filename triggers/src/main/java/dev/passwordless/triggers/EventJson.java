package dev.passwordless.triggers;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolVerifyAuthChallengeResponseEvent;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Cognito's trigger events read from JSON into the event classes, for the handlers'
 * stream entry points: the Lambda runtime prefers a handler's
 * {@code RequestStreamHandler} side and then does not build its reflective Jackson
 * serializer, which costs about 0.4 s of a cold start. The JSON library is the one the
 * SDK already loads for DynamoDB's protocol. The answer goes back through
 * {@link AnswerJson}; the tests hold every event read equal to the runtime serializer's.
 *
 * @see "docs/decisions/002-snapstart-priming-and-fewer-round-trips.md"
 */
final class EventJson {

	private EventJson() {
	}

	/** Reads an event's JSON. */
	static JsonNode parse(InputStream input) {
		return JsonNode.parser().parse(input);
	}

	static CognitoUserPoolCreateAuthChallengeEvent create(JsonNode json) {
		CognitoUserPoolCreateAuthChallengeEvent event = new CognitoUserPoolCreateAuthChallengeEvent();
		JsonNode request = envelope(json, event);
		CognitoUserPoolCreateAuthChallengeEvent.Request read = new CognitoUserPoolCreateAuthChallengeEvent.Request();
		read.setUserAttributes(map(request, "userAttributes"));
		read.setClientMetadata(map(request, "clientMetadata"));
		read.setChallengeName(string(request, "challengeName"));
		read.setUserNotFound(bool(request, "userNotFound"));
		List<JsonNode> rounds = array(request, "session");
		if (rounds != null) {
			CognitoUserPoolCreateAuthChallengeEvent.ChallengeResult[] session = new CognitoUserPoolCreateAuthChallengeEvent.ChallengeResult[rounds
				.size()];
			for (int i = 0; i < session.length; i++) {
				session[i] = new CognitoUserPoolCreateAuthChallengeEvent.ChallengeResult(
						string(rounds.get(i), "challengeName"), boolOrNull(rounds.get(i), "challengeResult"),
						string(rounds.get(i), "challengeMetadata"));
			}
			read.setSession(session);
		}
		event.setRequest(read);
		return event;
	}

	static CognitoUserPoolDefineAuthChallengeEvent define(JsonNode json) {
		CognitoUserPoolDefineAuthChallengeEvent event = new CognitoUserPoolDefineAuthChallengeEvent();
		JsonNode request = envelope(json, event);
		List<JsonNode> rounds = array(request, "session");
		CognitoUserPoolDefineAuthChallengeEvent.ChallengeResult[] session = null;
		if (rounds != null) {
			session = new CognitoUserPoolDefineAuthChallengeEvent.ChallengeResult[rounds.size()];
			for (int i = 0; i < session.length; i++) {
				session[i] = new CognitoUserPoolDefineAuthChallengeEvent.ChallengeResult(
						string(rounds.get(i), "challengeName"), boolOrNull(rounds.get(i), "challengeResult"),
						string(rounds.get(i), "challengeMetadata"));
			}
		}
		event.setRequest(CognitoUserPoolDefineAuthChallengeEvent.Request.builder()
			.withUserAttributes(map(request, "userAttributes"))
			.withClientMetadata(map(request, "clientMetadata"))
			.withUserNotFound(bool(request, "userNotFound"))
			.withSession(session)
			.build());
		return event;
	}

	static CognitoUserPoolVerifyAuthChallengeResponseEvent verify(JsonNode json) {
		CognitoUserPoolVerifyAuthChallengeResponseEvent event = new CognitoUserPoolVerifyAuthChallengeResponseEvent();
		JsonNode request = envelope(json, event);
		event.setRequest(CognitoUserPoolVerifyAuthChallengeResponseEvent.Request.builder()
			.withUserAttributes(map(request, "userAttributes"))
			.withClientMetadata(map(request, "clientMetadata"))
			.withPrivateChallengeParameters(map(request, "privateChallengeParameters"))
			.withChallengeAnswer(string(request, "challengeAnswer"))
			.withUserNotFound(bool(request, "userNotFound"))
			.build());
		return event;
	}

	static CognitoUserPoolPreSignUpEvent preSignUp(JsonNode json) {
		CognitoUserPoolPreSignUpEvent event = new CognitoUserPoolPreSignUpEvent();
		JsonNode request = envelope(json, event);
		event.setRequest(CognitoUserPoolPreSignUpEvent.Request.builder()
			.withUserAttributes(map(request, "userAttributes"))
			.withValidationData(map(request, "validationData"))
			.withClientMetadata(map(request, "clientMetadata"))
			.build());
		return event;
	}

	static CognitoUserPoolPreAuthenticationEvent preAuthentication(JsonNode json) {
		CognitoUserPoolPreAuthenticationEvent event = new CognitoUserPoolPreAuthenticationEvent();
		JsonNode request = envelope(json, event);
		event.setRequest(CognitoUserPoolPreAuthenticationEvent.Request.builder()
			.withUserAttributes(map(request, "userAttributes"))
			.withValidationData(map(request, "validationData"))
			.withUserNotFound(bool(request, "userNotFound"))
			.build());
		return event;
	}

	static CognitoUserPoolPostAuthenticationEvent postAuthentication(JsonNode json) {
		CognitoUserPoolPostAuthenticationEvent event = new CognitoUserPoolPostAuthenticationEvent();
		JsonNode request = envelope(json, event);
		event.setRequest(CognitoUserPoolPostAuthenticationEvent.Request.builder()
			.withUserAttributes(map(request, "userAttributes"))
			.withClientMetadata(map(request, "clientMetadata"))
			.withNewDeviceUsed(bool(request, "newDeviceUsed"))
			.build());
		return event;
	}

	/**
	 * Reads what every trigger event has into the event.
	 * @return the event's {@code request}, empty when it has none
	 */
	private static JsonNode envelope(JsonNode json, CognitoUserPoolEvent event) {
		event.setVersion(string(json, "version"));
		event.setTriggerSource(string(json, "triggerSource"));
		event.setRegion(string(json, "region"));
		event.setUserPoolId(string(json, "userPoolId"));
		event.setUserName(string(json, "userName"));
		JsonNode caller = object(json, "callerContext");
		event.setCallerContext(CognitoUserPoolEvent.CallerContext.builder()
			.withAwsSdkVersion(string(caller, "awsSdkVersion"))
			.withClientId(string(caller, "clientId"))
			.build());
		return object(json, "request");
	}

	/*
	 * The readers below use plain conditions, not Optional chains: they run in every cold
	 * start, where each lambda costs about half a millisecond to link.
	 */

	/** A member, null when absent. */
	private static JsonNode member(JsonNode json, String name) {
		return json.isObject() ? json.asObject().get(name) : null;
	}

	private static JsonNode object(JsonNode json, String name) {
		JsonNode value = member(json, name);
		return (value != null && value.isObject()) ? value : JsonNode.emptyObjectNode();
	}

	/** An array, null when absent or null (as the runtime reads it). */
	private static List<JsonNode> array(JsonNode json, String name) {
		JsonNode value = member(json, name);
		return (value != null && value.isArray()) ? value.asArray() : null;
	}

	private static String string(JsonNode json, String name) {
		JsonNode value = member(json, name);
		return (value == null || value.isNull() || value.isObject() || value.isArray()) ? null : value.text();
	}

	private static boolean bool(JsonNode json, String name) {
		return Boolean.TRUE.equals(boolOrNull(json, name));
	}

	private static Boolean boolOrNull(JsonNode json, String name) {
		JsonNode value = member(json, name);
		if (value != null && value.isBoolean()) {
			return value.asBoolean();
		}
		return (value != null && value.isString()) ? Boolean.parseBoolean(value.asString()) : null;
	}

	/** A map of strings, null when absent or null (as the runtime reads it). */
	private static Map<String, String> map(JsonNode json, String name) {
		JsonNode value = member(json, name);
		if (value == null || !value.isObject()) {
			return null;
		}
		Map<String, String> map = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : value.asObject().entrySet()) {
			map.put(entry.getKey(), entry.getValue().isNull() ? null : entry.getValue().text());
		}
		return map;
	}

}
