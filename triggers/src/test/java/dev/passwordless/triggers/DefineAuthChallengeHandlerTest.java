package dev.passwordless.triggers;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ArrayNode;
import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.triggers.challenge.TestChallenges;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefineAuthChallengeHandlerTest {

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	private final DefineAuthChallengeHandler handler = new DefineAuthChallengeHandler(Map.of(), this.clock);

	private final String metadata = TestChallenges.encoded("user", "123456",
			this.clock.instant().plus(Duration.ofMinutes(5)));

	@Test
	void defineWhenSessionIsEmptyThenAsksForTheCustomChallenge() {
		ObjectNode response = define(LambdaRuntime.fixture("define-auth-challenge"));
		assertThat(response.get("challengeName").asText()).isEqualTo("CUSTOM_CHALLENGE");
		assertThat(response.get("issueTokens").asBoolean()).isFalse();
		assertThat(response.get("failAuthentication").asBoolean()).isFalse();
	}

	@Test
	void defineWhenEventCarriesNoUserNotFoundKeyThenTreatsTheUserAsKnown() {
		ObjectNode event = withSession(false, true);
		((ObjectNode) event.get("request")).remove("userNotFound");
		assertThat(define(event).get("issueTokens").asBoolean()).isTrue();
	}

	@Test
	void defineWhenLastAnswerWasRightThenIssuesTokens() {
		ObjectNode response = define(withSession(false, true));
		assertThat(response.get("issueTokens").asBoolean()).isTrue();
		assertThat(response.get("failAuthentication").asBoolean()).isFalse();
		assertThat(response.has("challengeName")).isFalse();
	}

	@Test
	void defineWhenRightAnswerComesForAnUnknownUserThenFails() {
		ObjectNode event = withSession(true);
		((ObjectNode) event.get("request")).put("userNotFound", true);
		assertThat(define(event).get("failAuthentication").asBoolean()).isTrue();
	}

	@Test
	void defineWhenTwoWrongAnswersThenAsksAgain() {
		assertThat(define(withSession(false, false)).get("challengeName").asText()).isEqualTo("CUSTOM_CHALLENGE");
	}

	@Test
	void defineWhenThreeWrongAnswersThenFails() {
		assertThat(define(withSession(false, false, false)).get("failAuthentication").asBoolean()).isTrue();
	}

	@Test
	void defineWhenSessionHoldsAnotherChallengeThenFails() {
		ObjectNode event = withSession(false);
		ArrayNode session = (ArrayNode) event.at("/request/session");
		session.insertObject(0).put("challengeName", "SRP_A").put("challengeResult", true).putNull("challengeMetadata");
		assertThat(define(event).get("failAuthentication").asBoolean()).isTrue();
	}

	@Test
	void defineWhenSessionStartsWithPasswordVerifierThatSucceededThenFailsRatherThanIssuingTokens() {
		ObjectNode event = LambdaRuntime.fixture("define-auth-challenge");
		((ArrayNode) event.at("/request/session")).addObject()
			.put("challengeName", "PASSWORD_VERIFIER")
			.put("challengeResult", true)
			.putNull("challengeMetadata");
		assertThat(define(event).get("failAuthentication").asBoolean()).isTrue();
	}

	@Test
	void defineWhenCodeExpiredAfterAWrongAnswerThenFails() {
		ObjectNode event = withSession(false);
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(define(event).get("failAuthentication").asBoolean()).isTrue();
	}

	@Test
	void defineWhenMetadataIsMissingOrForeignThenFails() {
		ObjectNode event = withSession(false);
		((ObjectNode) event.at("/request/session/0")).put("challengeMetadata", "CODE2:" + Instant.MAX + ":x:y");
		assertThat(define(event).get("failAuthentication").asBoolean()).isTrue();
	}

	private ObjectNode define(ObjectNode event) {
		return (ObjectNode) LambdaRuntime
			.invoke(this.handler, CognitoUserPoolDefineAuthChallengeEvent.class, event, new RecordingContext())
			.get("response");
	}

	private ObjectNode withSession(boolean... results) {
		ObjectNode event = LambdaRuntime.fixture("define-auth-challenge");
		ArrayNode session = (ArrayNode) event.at("/request/session");
		for (boolean result : results) {
			session.addObject()
				.put("challengeName", "CUSTOM_CHALLENGE")
				.put("challengeResult", result)
				.put("challengeMetadata", this.metadata);
		}
		return event;
	}

}
