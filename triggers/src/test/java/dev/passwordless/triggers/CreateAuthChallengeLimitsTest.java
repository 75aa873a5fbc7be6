package dev.passwordless.triggers;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.StubSendLimitStore;
import dev.passwordless.triggers.challenge.TestChallenges;
import dev.passwordless.triggers.limits.SmsRefusedException;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.sms.SmsDeliveryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The send limits as the Create trigger applies them, before any SMS. */
class CreateAuthChallengeLimitsTest {

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	private final RecordingSms sms = new RecordingSms();

	private final RecordingContext context = new RecordingContext();

	private final InMemorySendLimitStore store = new InMemorySendLimitStore(this.clock);

	@Test
	void createWithinTheCooldownThenRefusesWithTheWaitAndSendsNothing() {
		CreateAuthChallengeHandler handler = handler(Map.of());
		create(handler, "+14155550123");
		this.clock.advance(Duration.ofSeconds(10));
		assertThatThrownBy(() -> create(handler, "+14155550123")).isInstanceOf(SmsRefusedException.class)
			.hasMessage("refusal=TOO_MANY_CODES;retry-after=20");
		assertThat(this.sms.sent).hasSize(1);
		assertThat(this.context.lines.getLast()).contains("\"outcome\":\"refused:TOO_MANY_CODES\"")
			.contains("+*******0123")
			.doesNotContain("4155550123");
	}

	@Test
	void createAfterTheCooldownThenSendsAgain() {
		CreateAuthChallengeHandler handler = handler(Map.of());
		create(handler, "+14155550123");
		this.clock.advance(Duration.ofSeconds(30));
		create(handler, "+14155550123");
		assertThat(this.sms.sent).hasSize(2);
	}

	@Test
	void createWhenTheCooldownIsConfiguredThenUsesIt() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerEnvironment.SEND_COOLDOWN_SECONDS, "120"));
		create(handler, "+14155550123");
		assertThatThrownBy(() -> create(handler, "+14155550123")).hasMessage("refusal=TOO_MANY_CODES;retry-after=120");
	}

	@Test
	void createWhenTheDailyBudgetIsUsedUpThenNoNumberGetsASmsAndTheAlarmLineIsLogged() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerEnvironment.DAILY_SMS_BUDGET, "2"));
		create(handler, "+14155550101");
		create(handler, "+14155550102");
		// 10:00 UTC: 14 hours until the budget starts again
		assertThatThrownBy(() -> create(handler, "+14155550103")).isInstanceOf(SmsRefusedException.class)
			.hasMessage("refusal=DAILY_BUDGET;retry-after=50400");
		assertThat(this.sms.sent).hasSize(2);
		assertThat(this.context.lines)
			.anySatisfy((line) -> assertThat(line).contains("\"alarm\":\"SMS_BUDGET_EXHAUSTED\"")
				.contains("\"SmsBudgetExhausted\":1")
				.contains("\"Namespace\":\"Passwordless\"")
				.contains("\"UserPoolId\":\"us-east-1_Example01\""));
	}

	@Test
	void createWhenTheBudgetIsUsedUpThenUnknownUsersGetTheSameRefusal() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerEnvironment.DAILY_SMS_BUDGET, "1"));
		create(handler, "+14155550101");
		assertThatThrownBy(() -> create(handler, null)).hasMessage("refusal=DAILY_BUDGET;retry-after=50400");
	}

	@Test
	void createOnTheNextUtcDayThenTheBudgetStartsAgain() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerEnvironment.DAILY_SMS_BUDGET, "1"));
		create(handler, "+14155550101");
		assertThatThrownBy(() -> create(handler, "+14155550102")).isInstanceOf(SmsRefusedException.class);
		this.clock.advance(Duration.ofHours(14));
		create(handler, "+14155550102");
		assertThat(this.sms.sent).hasSize(2);
	}

	@Test
	void createWhenANumberIsRefusedThenItUsesNoBudget() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerEnvironment.DAILY_SMS_BUDGET, "2"));
		create(handler, "+14155550101");
		for (int i = 0; i < 20; i++) {
			assertThatThrownBy(() -> create(handler, "+14155550101")).isInstanceOf(SmsRefusedException.class);
		}
		create(handler, "+14155550102");
		assertThat(this.sms.sent).hasSize(2);
	}

	@Test
	void createWhenTheCountryIsNoLongerAllowedThenSendsNothing() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerEnvironment.ALLOWED_COUNTRIES, "GB"));
		assertThatThrownBy(() -> create(handler, "+14155550123")).isInstanceOf(SmsRefusedException.class)
			.hasMessage("refusal=PHONE_COUNTRY_NOT_ALLOWED");
		assertThat(this.sms.sent).isEmpty();
		create(handler, "+447400123456");
		assertThat(this.sms.sent).hasSize(1);
	}

	@Test
	void createForATestNumberThenUsesTheFixedCodeSendsNoSmsAndIgnoresTheLimits() {
		Map<String, String> environment = Map.of(TriggerEnvironment.TEST_NUMBERS, "+12025550142, +447700900999",
				TriggerEnvironment.TEST_CODE, "424242", TriggerEnvironment.DAILY_SMS_BUDGET, "1");
		CreateAuthChallengeHandler handler = handler(environment);
		for (int i = 0; i < 10; i++) {
			ObjectNode response = create(handler, "+12025550142");
			String encoded = response.at("/privateChallengeParameters/challenge").asText();
			assertThat(TestChallenges.matches(encoded, "user", "424242")).isTrue();
		}
		assertThat(this.sms.sent).isEmpty();
		assertThat(this.context.lines.getLast()).contains("\"outcome\":\"test-number\"");
		create(handler, "+14155550123");
		assertThat(this.sms.sent).hasSize(1);
	}

	@Test
	void createWhenTheStoreFailsThenSendsNothingAndSaysTryLater() {
		TriggerSettings settings = TriggerSettings.defaults();
		CreateAuthChallengeHandler handler = TestTriggers.create(settings, this.sms, StubSendLimitStore.failing(),
				this.clock, new SecureRandom());
		assertThatThrownBy(() -> create(handler, "+14155550123")).isInstanceOf(SmsDeliveryException.class)
			.hasMessage("refusal=SMS_FAILED");
		assertThat(this.sms.sent).isEmpty();
	}

	private CreateAuthChallengeHandler handler(Map<String, String> environment) {
		TriggerSettings settings = TriggerSettings.from(environment);
		return TestTriggers.create(settings, this.sms, this.store, this.clock, new SecureRandom());
	}

	/** A first round for a user with this number, or an unknown user when null. */
	private ObjectNode create(CreateAuthChallengeHandler handler, String phoneNumber) {
		ObjectNode event = LambdaRuntime.fixture("create-auth-challenge");
		event.put("userName", "user");
		ObjectNode request = (ObjectNode) event.get("request");
		if (phoneNumber == null) {
			request.put("userNotFound", true);
			request.putObject("userAttributes");
		}
		else {
			request.with("userAttributes").put("phone_number", phoneNumber);
		}
		return (ObjectNode) LambdaRuntime
			.invoke(handler, CognitoUserPoolCreateAuthChallengeEvent.class, event, this.context)
			.get("response");
	}

}
