package dev.passwordless.triggers;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.RecordingSendLimitStore;
import dev.passwordless.rules.SendLimits;
import dev.passwordless.rules.StubSendLimitStore;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.challenge.TestChallenges;
import dev.passwordless.triggers.limits.DailyBudgetExhaustedException;
import dev.passwordless.triggers.settings.TestSettings;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.sms.SmsDeliveryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The send limits as the Create trigger applies them, before any SMS: a refusal for one
 * number answers like an unknown number (a challenge no code answers, no SMS), the budget
 * and a failing store answer every number alike with an error.
 */
class CreateAuthChallengeLimitsTest {

	/** An Iridium satellite phone: a valid mobile number of no country (region 001). */
	private static final String SATELLITE = "+881630000000";

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	private final RecordingSms sms = new RecordingSms();

	private final RecordingContext context = new RecordingContext();

	private final RecordingSendLimitStore store = new RecordingSendLimitStore(new InMemorySendLimitStore(this.clock));

	@Test
	void createWhenWithinTheCooldownThenAnswersAChallengeNoCodeAnswersAndSendsNothing() {
		CreateAuthChallengeHandler handler = handler(Map.of());
		create(handler, "+14155550123");
		String code = this.sms.lastCode();
		this.clock.advance(Duration.ofSeconds(10));
		ObjectNode refused = create(handler, "+14155550123");
		assertThat(this.sms.sent).hasSize(1);
		assertThat(TestChallenges.matches(challenge(refused), "user", code)).isFalse();
		assertThat(this.context.lines.getLast()).contains("\"outcome\":\"refused:TOO_MANY_CODES\"")
			.contains("+*******0123")
			.doesNotContain("4155550123");
	}

	@Test
	void createWhenRefusedForTheNumberThenAnswersExactlyAsForAnUnknownNumber() {
		CreateAuthChallengeHandler handler = handler(Map.of());
		create(handler, "+14155550123");
		ObjectNode refused = create(handler, "+14155550123");
		ObjectNode unknown = create(handler, null);
		assertThat(refused.get("publicChallengeParameters")).isEqualTo(unknown.get("publicChallengeParameters"));
		assertThat(challenge(refused)).hasSameSizeAs(challenge(unknown));
		assertThat(refused.get("challengeMetadata").asText()).isEqualTo(challenge(refused));
		assertThat(this.sms.sent).hasSize(1);
	}

	@Test
	void createWhenAllowedRefusedOrUnknownThenTheStoreGetsTheSameRequests() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerSettingNames.ALLOWED_COUNTRIES, "US"));
		create(handler, "+14155550123");
		List<String> allowed = this.store.takeCalls();
		create(handler, "+14155550123");
		List<String> refused = this.store.takeCalls();
		create(handler, null);
		List<String> unknown = this.store.takeCalls();
		create(handler, "+447400123456");
		List<String> countryRefused = this.store.takeCalls();
		assertThat(allowed).containsExactly("findCounted", "replaceCounted");
		assertThat(List.of(refused, unknown, countryRefused)).containsOnly(allowed);
	}

	@Test
	void createWhenNoCodeGoesOutThenWaitsAsLongAsARecentSendTook() {
		List<Duration> waits = new ArrayList<>();
		CreateAuthChallengeHandler handler = TestTriggers.create(TestSettings.defaults(), (phone, text) -> {
			this.clock.advance(Duration.ofMillis(70));
			this.sms.send(phone, text);
		}, this.store, this.clock, new SecureRandom(), waits::add);
		create(handler, "+14155550123");
		create(handler, "+14155550123");
		create(handler, null);
		assertThat(waits).containsExactly(Duration.ofMillis(70), Duration.ofMillis(70));
		assertThat(this.sms.sent).hasSize(1);
	}

	@Test
	void createWhenTheCooldownHasPassedThenSendsAgain() {
		CreateAuthChallengeHandler handler = handler(Map.of());
		create(handler, "+14155550123");
		this.clock.advance(Duration.ofSeconds(30));
		create(handler, "+14155550123");
		assertThat(this.sms.sent).hasSize(2);
	}

	@Test
	void createWhenTheCooldownIsConfiguredThenUsesIt() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerSettingNames.SEND_COOLDOWN_SECONDS, "120"));
		create(handler, "+14155550123");
		this.clock.advance(Duration.ofSeconds(119));
		create(handler, "+14155550123");
		assertThat(this.sms.sent).hasSize(1);
		this.clock.advance(Duration.ofSeconds(1));
		create(handler, "+14155550123");
		assertThat(this.sms.sent).hasSize(2);
	}

	@Test
	void createWhenTheHourlyCapIsReachedThenSendsNothingUntilTheOldestSendLeavesTheHour() {
		CreateAuthChallengeHandler handler = handler(
				Map.of(TriggerSettingNames.SEND_COOLDOWN_SECONDS, "0", TriggerSettingNames.SENDS_PER_HOUR, "3"));
		for (int i = 0; i < 3; i++) {
			create(handler, "+14155550123");
			this.clock.advance(Duration.ofMinutes(1));
		}
		create(handler, "+14155550123");
		assertThat(this.sms.sent).hasSize(3);
		assertThat(this.context.lines.getLast()).contains("\"outcome\":\"refused:TOO_MANY_CODES\"");
		this.clock.advance(Duration.ofMinutes(57));
		create(handler, "+14155550123");
		assertThat(this.sms.sent).hasSize(4);
	}

	@Test
	void createWhenNoCapIsConfiguredThenTenCodesAnHourGoToOneNumberForEveryoneTogether() {
		CreateAuthChallengeHandler handler = handler(Map.of());
		for (int i = 0; i < 10; i++) {
			create(handler, "+14155550123");
			this.clock.advance(Duration.ofMinutes(5));
		}
		create(handler, "+14155550123");
		assertThat(this.sms.sent).hasSize(SendLimits.DEFAULT_NUMBER_CEILING_PER_HOUR).hasSize(10);
		assertThat(this.context.lines.getLast()).contains("\"outcome\":\"refused:TOO_MANY_CODES\"");
	}

	@Test
	void createWhenTheDailyBudgetIsUsedUpThenNoNumberGetsASmsAndTheAlarmLineIsLogged() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "2"));
		signedIn(handler, "+14155550101");
		signedIn(handler, "+14155550102");
		// 10:00 UTC: 14 hours until the budget starts again
		assertThatThrownBy(() -> signedIn(handler, "+14155550103")).isInstanceOf(DailyBudgetExhaustedException.class)
			.hasMessage("refusal=DAILY_BUDGET;retry-after=50400");
		assertThat(this.sms.sent).hasSize(2);
		assertThat(this.context.lines)
			.anySatisfy((line) -> assertThat(line).contains("\"alarm\":\"SMS_BUDGET_EXHAUSTED\"")
				.contains("\"SmsBudgetExhausted\":1")
				.contains("\"Namespace\":\"Passwordless\"")
				.contains("\"UserPoolId\":\"us-east-1_Example01\"")
				.contains("\"Timestamp\":" + this.clock.millis()));
	}

	@Test
	void createWhenTheBudgetIsUsedUpThenUnknownUsersGetTheSameRefusal() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "1"));
		signedIn(handler, "+14155550101");
		assertThatThrownBy(() -> create(handler, null)).hasMessage("refusal=DAILY_BUDGET;retry-after=50400");
	}

	@Test
	void createWhenTheBudgetIsUsedUpThenANumberWithinItsCooldownGetsTheSameRefusal() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "1"));
		signedIn(handler, "+14155550101");
		assertThatThrownBy(() -> signedIn(handler, "+14155550101"))
			.hasMessage("refusal=DAILY_BUDGET;retry-after=50400");
	}

	@Test
	void createWhenItIsTheNextUtcDayThenTheBudgetStartsAgain() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "1"));
		signedIn(handler, "+14155550101");
		assertThatThrownBy(() -> signedIn(handler, "+14155550102")).isInstanceOf(DailyBudgetExhaustedException.class);
		this.clock.advance(Duration.ofHours(14));
		signedIn(handler, "+14155550102");
		assertThat(this.sms.sent).hasSize(2);
	}

	@Test
	void createWhenANumberIsRefusedOrTheUserIsUnknownThenItUsesNoBudget() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "2"));
		signedIn(handler, "+14155550101");
		for (int i = 0; i < 20; i++) {
			signedIn(handler, "+14155550101");
			create(handler, null);
		}
		signedIn(handler, "+14155550102");
		assertThat(this.sms.sent).hasSize(2);
	}

	@Test
	void createWhenTheFirstTimePartOfTheBudgetIsUsedUpThenARegistrationIsAnsweredLikeAnUnknownNumberAndSendsNothing() {
		// 4 a day, half of it kept for numbers that signed in before
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "4"));
		create(handler, "+14155550101");
		create(handler, "+14155550102");
		ObjectNode refused = create(handler, "+14155550103");
		String refusedLine = this.context.lines.getLast();
		ObjectNode unknown = create(handler, null);
		assertThat(this.sms.sent).extracting(RecordingSms.Sms::phoneNumber)
			.containsExactly("+14155550101", "+14155550102");
		assertThat(refused.get("publicChallengeParameters")).isEqualTo(unknown.get("publicChallengeParameters"));
		assertThat(challenge(refused)).hasSameSizeAs(challenge(unknown));
		assertThat(refusedLine).contains("\"outcome\":\"refused:BUDGET_RESERVED\"")
			.contains("+*******0103")
			.doesNotContain("4155550103");
	}

	@Test
	void createWhenOnlyTheReserveIsLeftThenNumbersThatSignedInBeforeGetCodesUntilTheWholeBudgetIsUsedUp() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "4"));
		create(handler, "+14155550101");
		create(handler, "+14155550102");
		create(handler, "+14155550103");
		signedIn(handler, "+14155550104");
		signedIn(handler, "+14155550105");
		assertThat(this.sms.sent).extracting(RecordingSms.Sms::phoneNumber)
			.containsExactly("+14155550101", "+14155550102", "+14155550104", "+14155550105");
		// the whole budget is used up: the same error for every number, as before
		for (String number : new String[] { "+14155550106", "+14155550107", null }) {
			assertThatThrownBy(() -> create(handler, number)).isInstanceOf(DailyBudgetExhaustedException.class)
				.hasMessage("refusal=DAILY_BUDGET;retry-after=50400");
		}
		assertThatThrownBy(() -> signedIn(handler, "+14155550108")).isInstanceOf(DailyBudgetExhaustedException.class);
	}

	@Test
	void createWhenRefusedForTheReserveThenTheStoreGetsTheSameRequestsAndTheAnswerTakesAsLongAsASend() {
		List<Duration> waits = new ArrayList<>();
		CreateAuthChallengeHandler handler = TestTriggers
			.create(TestSettings.from(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "2")), (phone, text) -> {
				this.clock.advance(Duration.ofMillis(70));
				this.sms.send(phone, text);
			}, this.store, this.clock, new SecureRandom(), waits::add);
		create(handler, "+14155550101");
		List<String> sent = this.store.takeCalls();
		create(handler, "+14155550102");
		List<String> reserved = this.store.takeCalls();
		create(handler, null);
		List<String> unknown = this.store.takeCalls();
		assertThat(sent).containsExactly("findCounted", "replaceCounted");
		assertThat(List.of(reserved, unknown)).containsOnly(sent);
		assertThat(waits).containsExactly(Duration.ofMillis(70), Duration.ofMillis(70));
		assertThat(this.sms.sent).hasSize(1);
	}

	@Test
	void createWhenNothingIsReservedThenRegistrationsMayUseTheWholeBudget() {
		CreateAuthChallengeHandler handler = handler(
				Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "2", TriggerSettingNames.RESERVED_BUDGET_PERCENT, "0"));
		create(handler, "+14155550101");
		create(handler, "+14155550102");
		assertThat(this.sms.sent).hasSize(2);
		assertThatThrownBy(() -> create(handler, "+14155550103")).isInstanceOf(DailyBudgetExhaustedException.class);
	}

	@Test
	void createWhenTheDaysCountReachesHalfAndEightyPercentOfTheBudgetThenTheOperatorGetsOneAlarmLineForEach() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "10"));
		List<Integer> linesAfterSend = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			signedIn(handler, "+141555501" + (10 + i));
			if (i < 9) {
				// an unknown number between sends reports nothing again
				create(handler, null);
			}
			linesAfterSend.add(this.context.lines.size());
		}
		List<String> alarms = this.context.lines.stream()
			.filter((line) -> line.contains("\"alarm\":\"SMS_BUDGET_"))
			.toList();
		assertThat(alarms).hasSize(2);
		assertThat(alarms.get(0)).contains("\"alarm\":\"SMS_BUDGET_50_PERCENT\"")
			.contains("\"level\":\"WARN\"")
			.contains("\"SmsBudgetUsed\":1")
			.contains("\"Percent\":\"50\"")
			.contains("\"Dimensions\":[[\"UserPoolId\",\"Percent\"]]")
			.contains("\"Namespace\":\"Passwordless\"")
			.contains("\"UserPoolId\":\"us-east-1_Example01\"")
			.doesNotContain("phone")
			.doesNotContain("4155550");
		assertThat(alarms.get(1)).contains("\"alarm\":\"SMS_BUDGET_80_PERCENT\"").contains("\"Percent\":\"80\"");
		// logged by the 5th and the 8th code
		assertThat(this.context.lines.subList(linesAfterSend.get(3), linesAfterSend.get(4))).contains(alarms.get(0));
		assertThat(this.context.lines.subList(linesAfterSend.get(6), linesAfterSend.get(7))).contains(alarms.get(1));
	}

	@Test
	void createWhenTheCountryIsNoLongerAllowedThenAnswersAChallengeAndSendsNothing() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerSettingNames.ALLOWED_COUNTRIES, "GB"));
		ObjectNode refused = create(handler, "+14155550123");
		assertThat(refused.get("publicChallengeParameters").size()).isEqualTo(3);
		assertThat(this.sms.sent).isEmpty();
		assertThat(this.context.lines.getLast()).contains("\"outcome\":\"refused:PHONE_COUNTRY_NOT_ALLOWED\"");
		create(handler, "+447400123456");
		assertThat(this.sms.sent).hasSize(1);
	}

	@Test
	void createWhenARegisteredNumberIsASatellitePhoneThenAnswersAChallengeAndSendsNothing() {
		CreateAuthChallengeHandler handler = handler(Map.of());
		ObjectNode refused = create(handler, SATELLITE);
		ObjectNode unknown = create(handler, null);
		assertThat(this.sms.sent).isEmpty();
		assertThat(refused.get("publicChallengeParameters")).isEqualTo(unknown.get("publicChallengeParameters"));
		assertThat(this.context.lines.get(this.context.lines.size() - 2))
			.contains("\"outcome\":\"refused:PHONE_COUNTRY_NOT_ALLOWED\"")
			.doesNotContain("630000000");
	}

	@Test
	void createWhenTheListHoldsTheNonGeographicRegionThenTextsASatellitePhone() {
		CreateAuthChallengeHandler handler = handler(
				Map.of(TriggerSettingNames.ALLOWED_COUNTRIES, "US," + TriggerSettings.NON_GEOGRAPHIC));
		create(handler, SATELLITE);
		assertThat(this.sms.sent).singleElement()
			.satisfies((sms) -> assertThat(sms.phoneNumber()).isEqualTo(SATELLITE));
	}

	@Test
	void createWhenARegisteredNumberIsPremiumRateThenAnswersAChallengeAndSendsNothing() {
		CreateAuthChallengeHandler handler = handler(Map.of());
		create(handler, "+19005550123");
		assertThat(this.sms.sent).isEmpty();
		assertThat(this.context.lines.getLast()).contains("\"outcome\":\"refused:PHONE_INVALID\"");
	}

	@Test
	void createWhenTheNumberIsATestNumberThenUsesTheFixedCodeSendsNoSmsAndIgnoresTheLimits() {
		Map<String, String> environment = Map.of(TriggerSettingNames.TEST_NUMBERS, "+12025550142, +447700900999",
				TriggerSettingNames.TEST_CODE, "424242", TriggerSettingNames.DAILY_SMS_BUDGET, "1");
		CreateAuthChallengeHandler handler = handler(environment);
		for (int i = 0; i < 10; i++) {
			assertThat(TestChallenges.matches(challenge(create(handler, "+12025550142")), "user", "424242")).isTrue();
		}
		assertThat(this.sms.sent).isEmpty();
		assertThat(this.context.lines.getLast()).contains("\"outcome\":\"test-number\"");
		signedIn(handler, "+14155550123");
		assertThat(this.sms.sent).hasSize(1);
	}

	@Test
	void createWhenTheStoreFailsThenSendsNothingAndSaysTryLaterForEveryNumber() {
		CreateAuthChallengeHandler handler = TestTriggers.create(TestSettings.defaults(), this.sms,
				StubSendLimitStore.failing(), this.clock, new SecureRandom());
		assertThatThrownBy(() -> create(handler, "+14155550123")).isInstanceOf(SmsDeliveryException.class)
			.hasMessage("refusal=SMS_FAILED");
		assertThatThrownBy(() -> create(handler, null)).isInstanceOf(SmsDeliveryException.class)
			.hasMessage("refusal=SMS_FAILED");
		assertThat(this.sms.sent).isEmpty();
	}

	private CreateAuthChallengeHandler handler(Map<String, String> environment) {
		return TestTriggers.create(TestSettings.from(environment), this.sms, this.store, this.clock,
				new SecureRandom());
	}

	/**
	 * A first round for a user with this number who has not signed in before (a
	 * registration), or an unknown user when null.
	 */
	private ObjectNode create(CreateAuthChallengeHandler handler, String phoneNumber) {
		return create(handler, phoneNumber, false);
	}

	/** A first round for a user with this number who has signed in before. */
	private ObjectNode signedIn(CreateAuthChallengeHandler handler, String phoneNumber) {
		return create(handler, phoneNumber, true);
	}

	private ObjectNode create(CreateAuthChallengeHandler handler, String phoneNumber, boolean signedInBefore) {
		ObjectNode event = LambdaRuntime.fixture("create-auth-challenge");
		event.put("userName", "user");
		ObjectNode request = (ObjectNode) event.get("request");
		if (phoneNumber == null) {
			request.put("userNotFound", true);
			request.putObject("userAttributes");
			event.put("userName", UUID.randomUUID().toString());
		}
		else {
			request.with("userAttributes")
				.put("phone_number", phoneNumber)
				.put("phone_number_verified", String.valueOf(signedInBefore));
		}
		return (ObjectNode) LambdaRuntime
			.invoke(handler, CognitoUserPoolCreateAuthChallengeEvent.class, event, this.context)
			.get("response");
	}

	private static String challenge(ObjectNode response) {
		return response.at("/privateChallengeParameters/challenge").asText();
	}

}
