package dev.passwordless.triggers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolVerifyAuthChallengeResponseEvent;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * Cognito's trigger events as JSON, read into the event classes and written back, for the
 * handlers' stream entry points: the Lambda runtime prefers a handler's
 * {@code RequestStreamHandler} side and then does not build its reflective Jackson
 * serializer, which costs about 0.4 s of a cold start. The JSON library is the one the
 * SDK already loads for DynamoDB's protocol. The answer is the event as it came, with
 * {@code response} replaced by the handler's, as Cognito reads it; the tests hold every
 * trigger's answer equal to the runtime serializer's.
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

	/**
	 * Writes the answer: the event as it came, with {@code response} replaced.
	 * @param event the event's JSON as it came
	 * @param result the event the handler returned
	 * @param response writes the response object of that event
	 * @param output where the answer's JSON goes
	 */
	static <E extends CognitoUserPoolEvent> void answer(JsonNode event, E result, BiConsumer<E, JsonWriter> response,
			OutputStream output) throws IOException {
		JsonWriter writer = JsonWriter.create();
		writer.writeStartObject();
		for (Map.Entry<String, JsonNode> member : event.asObject().entrySet()) {
			if (!member.getKey().equals("response")) {
				writer.writeFieldName(member.getKey());
				copy(member.getValue(), writer);
			}
		}
		writer.writeFieldName("response");
		writer.writeStartObject();
		response.accept(result, writer);
		writer.writeEndObject();
		writer.writeEndObject();
		output.write(writer.getBytes());
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

	static void createResponse(CognitoUserPoolCreateAuthChallengeEvent event, JsonWriter writer) {
		CognitoUserPoolCreateAuthChallengeEvent.Response response = (event.getResponse() != null) ? event.getResponse()
				: new CognitoUserPoolCreateAuthChallengeEvent.Response();
		write(writer, "publicChallengeParameters", response.getPublicChallengeParameters());
		write(writer, "privateChallengeParameters", response.getPrivateChallengeParameters());
		writeString(writer, "challengeMetadata", response.getChallengeMetadata());
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

	static void defineResponse(CognitoUserPoolDefineAuthChallengeEvent event, JsonWriter writer) {
		CognitoUserPoolDefineAuthChallengeEvent.Response response = (event.getResponse() != null) ? event.getResponse()
				: new CognitoUserPoolDefineAuthChallengeEvent.Response();
		writeString(writer, "challengeName", response.getChallengeName());
		writer.writeFieldName("issueTokens").writeValue(response.getIssueTokens());
		writer.writeFieldName("failAuthentication").writeValue(response.getFailAuthentication());
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

	static void verifyResponse(CognitoUserPoolVerifyAuthChallengeResponseEvent event, JsonWriter writer) {
		writer.writeFieldName("answerCorrect")
			.writeValue(event.getResponse() != null && event.getResponse().getAnswerCorrect());
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

	static void preSignUpResponse(CognitoUserPoolPreSignUpEvent event, JsonWriter writer) {
		CognitoUserPoolPreSignUpEvent.Response response = (event.getResponse() != null) ? event.getResponse()
				: new CognitoUserPoolPreSignUpEvent.Response();
		writer.writeFieldName("autoConfirmUser").writeValue(response.getAutoConfirmUser());
		writer.writeFieldName("autoVerifyPhone").writeValue(response.getAutoVerifyPhone());
		writer.writeFieldName("autoVerifyEmail").writeValue(response.getAutoVerifyEmail());
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

	/** Post authentication's answer is ignored by Cognito: an empty response. */
	static void postAuthenticationResponse(CognitoUserPoolPostAuthenticationEvent event, JsonWriter writer) {
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

	private static void write(JsonWriter writer, String name, Map<String, String> map) {
		writer.writeFieldName(name);
		if (map == null) {
			writer.writeNull();
			return;
		}
		writer.writeStartObject();
		for (Map.Entry<String, String> entry : map.entrySet()) {
			writeString(writer, entry.getKey(), entry.getValue());
		}
		writer.writeEndObject();
	}

	private static void writeString(JsonWriter writer, String name, String value) {
		writer.writeFieldName(name);
		if (value == null) {
			writer.writeNull();
		}
		else {
			writer.writeValue(value);
		}
	}

	/** Writes a node as it came (the parts of the event the answer repeats). */
	private static void copy(JsonNode node, JsonWriter writer) {
		if (node.isObject()) {
			writer.writeStartObject();
			for (Map.Entry<String, JsonNode> member : node.asObject().entrySet()) {
				writer.writeFieldName(member.getKey());
				copy(member.getValue(), writer);
			}
			writer.writeEndObject();
		}
		else if (node.isArray()) {
			writer.writeStartArray();
			for (JsonNode value : node.asArray()) {
				copy(value, writer);
			}
			writer.writeEndArray();
		}
		else if (node.isNull()) {
			writer.writeNull();
		}
		else if (node.isBoolean()) {
			writer.writeValue(node.asBoolean());
		}
		else if (node.isNumber()) {
			writer.writeNumber(node.asNumber());
		}
		else {
			writer.writeValue(node.text());
		}
	}

}
