package dev.passwordless.triggers;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.BiConsumer;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolVerifyAuthChallengeResponseEvent;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * A trigger's answer as JSON, for the handlers' stream entry points: the event as it came
 * (read by {@link EventJson}), with {@code response} replaced by the handler's, as
 * Cognito reads it; the tests hold every trigger's answer equal to what the runtime's
 * serializer writes. Plain loops and conditions, no lambdas: this runs in every cold
 * start.
 *
 * @see "docs/decisions/002-snapstart-priming-and-fewer-round-trips.md"
 */
final class AnswerJson {

	private AnswerJson() {
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

	static void create(CognitoUserPoolCreateAuthChallengeEvent event, JsonWriter writer) {
		CognitoUserPoolCreateAuthChallengeEvent.Response response = (event.getResponse() != null) ? event.getResponse()
				: new CognitoUserPoolCreateAuthChallengeEvent.Response();
		write(writer, "publicChallengeParameters", response.getPublicChallengeParameters());
		write(writer, "privateChallengeParameters", response.getPrivateChallengeParameters());
		writeString(writer, "challengeMetadata", response.getChallengeMetadata());
	}

	static void define(CognitoUserPoolDefineAuthChallengeEvent event, JsonWriter writer) {
		CognitoUserPoolDefineAuthChallengeEvent.Response response = (event.getResponse() != null) ? event.getResponse()
				: new CognitoUserPoolDefineAuthChallengeEvent.Response();
		writeString(writer, "challengeName", response.getChallengeName());
		writer.writeFieldName("issueTokens").writeValue(response.getIssueTokens());
		writer.writeFieldName("failAuthentication").writeValue(response.getFailAuthentication());
	}

	static void verify(CognitoUserPoolVerifyAuthChallengeResponseEvent event, JsonWriter writer) {
		writer.writeFieldName("answerCorrect")
			.writeValue(event.getResponse() != null && event.getResponse().getAnswerCorrect());
	}

	static void preSignUp(CognitoUserPoolPreSignUpEvent event, JsonWriter writer) {
		CognitoUserPoolPreSignUpEvent.Response response = (event.getResponse() != null) ? event.getResponse()
				: new CognitoUserPoolPreSignUpEvent.Response();
		writer.writeFieldName("autoConfirmUser").writeValue(response.getAutoConfirmUser());
		writer.writeFieldName("autoVerifyPhone").writeValue(response.getAutoVerifyPhone());
		writer.writeFieldName("autoVerifyEmail").writeValue(response.getAutoVerifyEmail());
	}

	/** Pre authentication answers nothing but whether it threw: an empty response. */
	static void preAuthentication(CognitoUserPoolPreAuthenticationEvent event, JsonWriter writer) {
	}

	/** Post authentication's answer is ignored by Cognito: an empty response. */
	static void postAuthentication(CognitoUserPoolPostAuthenticationEvent event, JsonWriter writer) {
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
