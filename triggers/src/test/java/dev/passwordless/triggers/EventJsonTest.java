package dev.passwordless.triggers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolVerifyAuthChallengeResponseEvent;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.challenge.TestChallenges;
import dev.passwordless.triggers.settings.TestSettings;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handlers' stream entry points, which the Lambda runtime prefers, read every event
 * as the runtime's own serializer reads it and answer as the event entry point answers
 * through it.
 */
class EventJsonTest {

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	@Test
	void readWhenAnyTriggersEventThenEqualsWhatTheRuntimeReads() {
		ObjectNode create = LambdaRuntime.fixture("create-auth-challenge");
		assertThat(EventJson.create(node(create)))
			.isEqualTo(runtime(create, CognitoUserPoolCreateAuthChallengeEvent.class));
		((ObjectNode) create.get("request")).putArray("session")
			.addObject()
			.put("challengeName", "CUSTOM_CHALLENGE")
			.put("challengeResult", false)
			.put("challengeMetadata", "CODE2:1:a:b");
		((ObjectNode) create.get("request")).put("userNotFound", true).putObject("clientMetadata").put("k", "v");
		assertThat(EventJson.create(node(create)))
			.isEqualTo(runtime(create, CognitoUserPoolCreateAuthChallengeEvent.class));
		ObjectNode define = LambdaRuntime.fixture("define-auth-challenge");
		((ObjectNode) define.get("request")).putArray("session")
			.addObject()
			.put("challengeName", "CUSTOM_CHALLENGE")
			.put("challengeResult", true)
			.putNull("challengeMetadata");
		assertThat(EventJson.define(node(define)))
			.isEqualTo(runtime(define, CognitoUserPoolDefineAuthChallengeEvent.class));
		ObjectNode verify = LambdaRuntime.fixture("verify-auth-challenge-response");
		assertThat(EventJson.verify(node(verify)))
			.isEqualTo(runtime(verify, CognitoUserPoolVerifyAuthChallengeResponseEvent.class));
		ObjectNode preSignUp = LambdaRuntime.fixture("pre-sign-up");
		assertThat(EventJson.preSignUp(node(preSignUp)))
			.isEqualTo(runtime(preSignUp, CognitoUserPoolPreSignUpEvent.class));
		ObjectNode postAuthentication = LambdaRuntime.fixture("post-authentication");
		assertThat(EventJson.postAuthentication(node(postAuthentication)))
			.isEqualTo(runtime(postAuthentication, CognitoUserPoolPostAuthenticationEvent.class));
		ObjectNode preAuthentication = LambdaRuntime.fixture("pre-authentication");
		assertThat(EventJson.preAuthentication(node(preAuthentication)))
			.isEqualTo(runtime(preAuthentication, CognitoUserPoolPreAuthenticationEvent.class));
		((ObjectNode) preAuthentication.get("request")).putObject("validationData")
			.put("purpose", "change-number")
			.put("newPhoneNumber", "+14155550177");
		assertThat(EventJson.preAuthentication(node(preAuthentication)))
			.isEqualTo(runtime(preAuthentication, CognitoUserPoolPreAuthenticationEvent.class));
	}

	@Test
	void answerWhenStreamedThenDefineVerifyAndPreSignUpAnswerAsThroughTheRuntime() throws IOException {
		DefineAuthChallengeHandler define = new DefineAuthChallengeHandler(Map.of(), this.clock);
		assertSameAnswer(define, CognitoUserPoolDefineAuthChallengeEvent.class,
				LambdaRuntime.fixture("define-auth-challenge"));
		VerifyAuthChallengeHandler verify = new VerifyAuthChallengeHandler(
				TestSettings.environment(Map.of(TriggerSettingNames.CODE_HASH_KEY, TestChallenges.CODE_HASH_KEY)),
				this.clock);
		ObjectNode answer = LambdaRuntime.fixture("verify-auth-challenge-response");
		((ObjectNode) answer.at("/request/privateChallengeParameters")).put("challenge", TestChallenges
			.encoded(answer.get("userName").asText(), "123456", this.clock.instant().plus(Duration.ofMinutes(1))));
		assertThat(assertSameAnswer(verify, CognitoUserPoolVerifyAuthChallengeResponseEvent.class, answer)
			.at("/response/answerCorrect")
			.asBoolean()).isTrue();
		assertSameAnswer(new PreSignUpHandler(TestSettings.environment(Map.of())), CognitoUserPoolPreSignUpEvent.class,
				LambdaRuntime.fixture("pre-sign-up"));
	}

	@Test
	void answerWhenCreateIsStreamedThenHasTheRuntimesParametersAndRepeatsTheEvent() throws IOException {
		CreateAuthChallengeHandler create = TestTriggers.create(TestSettings.defaults(), new RecordingSms(),
				this.clock);
		ObjectNode event = LambdaRuntime.fixture("create-auth-challenge");
		ObjectNode streamed = stream(create, event);
		ObjectNode other = LambdaRuntime.fixture("create-auth-challenge");
		other.put("userName", "someone-else");
		((ObjectNode) other.at("/request/userAttributes")).put("phone_number", "+14155550124");
		ObjectNode throughRuntime = LambdaRuntime.invoke(create, CognitoUserPoolCreateAuthChallengeEvent.class, other,
				new RecordingContext());
		assertThat(streamed.get("response").get("publicChallengeParameters"))
			.isEqualTo(throughRuntime.get("response").get("publicChallengeParameters"));
		assertThat(streamed.at("/response/privateChallengeParameters/challenge").asText()).startsWith("CODE2:");
		assertThat(streamed.at("/response/challengeMetadata").asText())
			.isEqualTo(streamed.at("/response/privateChallengeParameters/challenge").asText());
		streamed.remove("response");
		event.remove("response");
		assertThat(streamed).isEqualTo(event);
	}

	@Test
	void answerWhenPostAuthenticationIsStreamedThenMarksTheNumberAndRepeatsTheEvent() throws IOException {
		StringBuilder verified = new StringBuilder();
		PostAuthenticationHandler handler = new PostAuthenticationHandler(new Dependencies.PostAuthentication(
				(pool, user) -> verified.append(pool).append('/').append(user), (pool, user, number) -> {
				}, null));
		ObjectNode event = LambdaRuntime.fixture("post-authentication");
		ObjectNode streamed = stream(handler, event);
		assertThat(verified).hasToString("us-east-1_Example01/0f3c9a52-54b1-4e2e-9d0e-5f1f2b2f7a10");
		assertThat(streamed).isEqualTo(event);
	}

	/** Asserts the stream entry answers as the event entry through the runtime. */
	private static <E> ObjectNode assertSameAnswer(RequestHandler<E, E> handler, Class<E> type, ObjectNode event)
			throws IOException {
		ObjectNode streamed = stream((RequestStreamHandler) handler, event);
		ObjectNode throughRuntime = LambdaRuntime.invoke(handler, type, event.deepCopy(), new RecordingContext());
		assertThat(streamed.get("response")).isEqualTo(throughRuntime.get("response"));
		return streamed;
	}

	private static ObjectNode stream(RequestStreamHandler handler, ObjectNode event) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		handler.handleRequest(new ByteArrayInputStream(event.toString().getBytes(StandardCharsets.UTF_8)), out,
				new RecordingContext());
		return (ObjectNode) LambdaRuntime.JSON.readTree(out.toString(StandardCharsets.UTF_8));
	}

	/** The event read for the stream entry (which leaves the response to the handler). */
	private static JsonNode node(ObjectNode json) {
		return JsonNode.parser().parse(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));
	}

	/** The event as the runtime reads it, but for the response the handler replaces. */
	private static <E> E runtime(ObjectNode json, Class<E> type) {
		ObjectNode withoutResponse = json.deepCopy();
		withoutResponse.remove("response");
		return JacksonFactory.getInstance().getSerializer(type).fromJson(withoutResponse.toString());
	}

}
