package dev.passwordless.triggers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ArrayNode;
import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.Refusal;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.challenge.ChallengeParameters;
import dev.passwordless.triggers.challenge.NumberChangeRefusedException;
import dev.passwordless.triggers.challenge.TestChallenges;
import dev.passwordless.triggers.limits.DailyBudgetExhaustedException;
import dev.passwordless.triggers.settings.TestSettings;
import dev.passwordless.triggers.settings.TriggerSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A number change walked through Define, Create, Verify and Post authentication as
 * Cognito chains them (decision 004): a code to the current number, then, with the
 * answer's client metadata, one to the new number, tokens after both and the new number
 * set.
 */
class NumberChangeTest {

	private static final String USER = "0f3c9a52-54b1-4e2e-9d0e-5f1f2b2f7a10";

	private static final String OLD = "+14155550123";

	private static final String NEW = "+14155550177";

	private static final Map<String, String> CHANGE = change(NEW);

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	private final InMemorySendLimitStore store = new InMemorySendLimitStore(this.clock);

	private final Set<String> taken = new HashSet<>();

	private HandlerChain flow = chain(TestSettings.defaults());

	@Test
	void changeWhenBothCodesAreRightThenTokensAndTheNewNumberIsSetVerified() {
		assertThat(this.flow.start()).isEqualTo(HandlerChain.Result.CHALLENGE);
		String first = this.flow.sms.lastCode();
		assertThat(this.flow.answer(first, CHANGE)).isEqualTo(HandlerChain.Result.CHALLENGE);
		String second = this.flow.sms.lastCode();
		assertThat(this.flow.publicParameters.get(ChallengeParameters.TARGET).asText()).isEqualTo("new-number");
		assertThat(this.flow.answer(second, CHANGE)).isEqualTo(HandlerChain.Result.TOKENS);
		assertThat(this.flow.sms.sent).extracting(RecordingSms.Sms::phoneNumber).containsExactly(OLD, NEW);
		assertThat(this.flow.numberUpdates).containsExactly(USER + "=" + NEW);
	}

	@Test
	void changeWhenTheSecondCodeIsSentThenItIsANewCodeWithTheSignInTextAndItsOwnParameters() {
		this.flow.start();
		String first = this.flow.sms.lastCode();
		ObjectNode firstParameters = this.flow.publicParameters;
		this.flow.answer(first, CHANGE);
		String second = this.flow.sms.lastCode();
		assertThat(this.flow.sms.sent.get(1).text().replace(second, "CODE"))
			.isEqualTo(this.flow.sms.sent.get(0).text().replace(first, "CODE"));
		assertThat(firstParameters.has(ChallengeParameters.TARGET)).isFalse();
		assertThat(names(this.flow.publicParameters)).containsExactlyInAnyOrder(ChallengeParameters.CODE_LENGTH,
				ChallengeParameters.EXPIRES_AT, ChallengeParameters.ATTEMPTS_LEFT, ChallengeParameters.TARGET);
		assertThat(this.flow.publicParameters.get(ChallengeParameters.ATTEMPTS_LEFT).asText()).isEqualTo("3");
		assertThat(this.flow.session().get(1).get("challengeMetadata").asText()).contains(NEW);
	}

	@Test
	void changeWhenTheFirstRoundsCodeIsTypedInTheSecondRoundThenItIsWrong() {
		this.flow.start();
		String first = this.flow.sms.lastCode();
		this.flow.answer(first, CHANGE);
		assertThat(this.flow.answer(first, CHANGE)).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.sms.sent).hasSize(2);
		assertThat(this.flow.numberUpdates).isEmpty();
	}

	@Test
	void changeWhenTheFirstCodeIsWrongThenTheCurrentNumberIsAskedAgainWithItsCode() {
		this.flow.start();
		String first = this.flow.sms.lastCode();
		assertThat(this.flow.answer(wrong(first), CHANGE)).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.publicParameters.has(ChallengeParameters.TARGET)).isFalse();
		assertThat(this.flow.sms.sent).hasSize(1);
		assertThat(this.flow.answer(first, CHANGE)).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.sms.sent).extracting(RecordingSms.Sms::phoneNumber).containsExactly(OLD, NEW);
		assertThat(this.flow.publicParameters.get(ChallengeParameters.ATTEMPTS_LEFT).asText()).isEqualTo("2");
	}

	@Test
	void changeWhenTheSecondCodeIsWrongThenItIsAskedAgainWithoutAnotherSmsAndRightThenIssuesTokens() {
		this.flow.start();
		this.flow.answer(this.flow.sms.lastCode(), CHANGE);
		String second = this.flow.sms.lastCode();
		assertThat(this.flow.answer(wrong(second), CHANGE)).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.publicParameters.get(ChallengeParameters.TARGET).asText()).isEqualTo("new-number");
		assertThat(this.flow.publicParameters.get(ChallengeParameters.ATTEMPTS_LEFT).asText()).isEqualTo("2");
		assertThat(this.flow.answer(second, CHANGE)).isEqualTo(HandlerChain.Result.TOKENS);
		assertThat(this.flow.sms.sent).hasSize(2);
		assertThat(this.flow.numberUpdates).containsExactly(USER + "=" + NEW);
	}

	@Test
	void changeWhenWrongAnswersInBothRoundsReachTheLimitThenFailsAndNothingChanges() {
		this.flow.start();
		String first = this.flow.sms.lastCode();
		this.flow.answer(wrong(first), CHANGE);
		this.flow.answer(first, CHANGE);
		String second = this.flow.sms.lastCode();
		assertThat(this.flow.answer(wrong(second), CHANGE)).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.answer(wrong(second), CHANGE)).isEqualTo(HandlerChain.Result.FAILED);
		assertThat(this.flow.numberUpdates).isEmpty();
	}

	@Test
	void changeWhenTheRightSecondCodeComesWithAnotherNumberOrNoneThenFailsAndNothingChanges() {
		this.flow.start();
		this.flow.answer(this.flow.sms.lastCode(), CHANGE);
		assertThat(this.flow.answer(this.flow.sms.lastCode(), change("+14155550178")))
			.isEqualTo(HandlerChain.Result.FAILED);
		this.flow = chain(TestSettings.defaults());
		// past the cooldown of both numbers
		this.flow.clock.advance(Duration.ofMinutes(1));
		this.flow.start();
		this.flow.answer(this.flow.sms.lastCode(), CHANGE);
		assertThat(this.flow.answer(this.flow.sms.lastCode(), null)).isEqualTo(HandlerChain.Result.FAILED);
		assertThat(this.flow.numberUpdates).isEmpty();
	}

	@Test
	void changeWhenTheNewNumberHasAnAccountThenRefusedWithNumberTakenAndNoSmsToIt() {
		this.taken.add(NEW);
		this.flow.start();
		String first = this.flow.sms.lastCode();
		assertThatThrownBy(() -> this.flow.answer(first, CHANGE)).isInstanceOf(NumberChangeRefusedException.class)
			.hasMessage("refusal=NUMBER_TAKEN");
		assertThat(this.flow.sms.sent).extracting(RecordingSms.Sms::phoneNumber).containsExactly(OLD);
		assertThat(this.flow.context.lines.getLast()).contains("change-refusal=NUMBER_TAKEN")
			.contains("+*******0177")
			.doesNotContain("4155550177");
	}

	@Test
	void changeWhenAnotherAccountTakesTheNumberBeforeTheUpdateThenTheSignInFailsWithNumberTaken() {
		HandlerChain racing = new HandlerChain(TestSettings.defaults(), this.store, (pool, number) -> false,
				(pool, user, number) -> {
					throw new NumberChangeRefusedException(Refusal.Reason.NUMBER_TAKEN);
				});
		racing.start();
		racing.answer(racing.sms.lastCode(), CHANGE);
		assertThatThrownBy(() -> racing.answer(racing.sms.lastCode(), CHANGE)).hasMessage("refusal=NUMBER_TAKEN");
	}

	@Test
	void changeWhenTheNewNumberIsWithinItsCooldownThenRefusedWithTheWaitAndNoSms() {
		this.flow.start();
		this.flow.answer(this.flow.sms.lastCode(), CHANGE);
		// another account, whose own number may get a code, asks for the same new number
		HandlerChain other = chain(TestSettings.defaults());
		other.currentNumber = "+14155550199";
		other.clock.advance(Duration.ofSeconds(10));
		other.start();
		assertThatThrownBy(() -> other.answer(other.sms.lastCode(), CHANGE))
			.isInstanceOf(NumberChangeRefusedException.class)
			.hasMessage("refusal=TOO_MANY_CODES;retry-after=20");
		assertThat(other.sms.sent).extracting(RecordingSms.Sms::phoneNumber).containsExactly("+14155550199");
	}

	@Test
	void changeWhenTheDailyBudgetIsUsedUpThenTheNewNumberGetsNoSms() {
		this.flow = chain(TestSettings
			.from(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "1", TriggerSettingNames.RESERVED_BUDGET_PERCENT, "0")));
		this.flow.start();
		String first = this.flow.sms.lastCode();
		assertThatThrownBy(() -> this.flow.answer(first, CHANGE)).isInstanceOf(DailyBudgetExhaustedException.class)
			.hasMessageStartingWith("refusal=DAILY_BUDGET");
		assertThat(this.flow.sms.sent).hasSize(1);
	}

	@Test
	void changeWhenTheNewNumberIsNotE164ThenDefineRefusesWithPhoneInvalidAndSendsNoCode() {
		this.flow.start();
		String first = this.flow.sms.lastCode();
		assertThatThrownBy(() -> this.flow.answer(first, change("04155550177")))
			.isInstanceOf(NumberChangeRefusedException.class)
			.hasMessage("refusal=PHONE_INVALID");
		assertThatThrownBy(() -> this.flow.answer(first, Map.of("purpose", "change-number")))
			.hasMessage("refusal=PHONE_INVALID");
		assertThat(this.flow.sms.sent).hasSize(1);
	}

	@Test
	void changeWhenTheNewNumberIsTheCurrentOneThenRefusedWithNumberTaken() {
		this.flow.start();
		String first = this.flow.sms.lastCode();
		assertThatThrownBy(() -> this.flow.answer(first, change(OLD))).hasMessage("refusal=NUMBER_TAKEN");
		assertThat(this.flow.sms.sent).hasSize(1);
	}

	@Test
	void changeWhenTheNewNumberIsFromACountryNotAllowedOrNoMobileThenRefusedAsAtSignUp() {
		this.flow.start();
		String first = this.flow.sms.lastCode();
		assertThatThrownBy(() -> this.flow.answer(first, change("+33612345678")))
			.hasMessage("refusal=PHONE_COUNTRY_NOT_ALLOWED");
		assertThatThrownBy(() -> this.flow.answer(first, change("+19005550123"))).hasMessage("refusal=PHONE_INVALID");
		assertThat(this.flow.sms.sent).hasSize(1);
	}

	@Test
	void signInWhenTheAnswerCarriesNoChangeThenTokensAfterTheFirstCodeAndTheNumberStays() {
		this.flow.start();
		assertThat(this.flow.answer(this.flow.sms.lastCode())).isEqualTo(HandlerChain.Result.TOKENS);
		assertThat(this.flow.sms.sent).hasSize(1);
		assertThat(this.flow.numberUpdates).isEmpty();
	}

	@Test
	void signInWhenTheMetadataHasAnotherPurposeThenNothingChanges() {
		this.flow.start();
		assertThat(this.flow.answer(this.flow.sms.lastCode(), Map.of("purpose", "other", "newPhoneNumber", NEW)))
			.isEqualTo(HandlerChain.Result.TOKENS);
		assertThat(this.flow.numberUpdates).isEmpty();
	}

	@Test
	void createWhenARoundFollowsARightAnswerWithoutTheMetadataThenFailsAndSendsNothing() {
		RecordingSms sms = new RecordingSms();
		CreateAuthChallengeHandler create = TestTriggers.create(TestSettings.defaults(), sms, this.clock);
		ObjectNode event = LambdaRuntime.fixture("create-auth-challenge");
		((ArrayNode) event.at("/request/session")).addObject()
			.put("challengeName", "CUSTOM_CHALLENGE")
			.put("challengeResult", true)
			.put("challengeMetadata", TestChallenges.encoded(USER, "123456", this.clock.instant().plusSeconds(60)));
		assertThatThrownBy(() -> LambdaRuntime.invoke(create, CognitoUserPoolCreateAuthChallengeEvent.class, event,
				new RecordingContext()))
			.isInstanceOf(IllegalStateException.class);
		assertThat(sms.sent).isEmpty();
	}

	@Test
	void changeWhenWalkedThenNoLineHoldsACodeOrAFullNumber() {
		this.flow.start();
		String first = this.flow.sms.lastCode();
		this.flow.answer(first, CHANGE);
		String second = this.flow.sms.lastCode();
		this.flow.answer(second, CHANGE);
		assertThat(this.flow.context.lines).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).doesNotContain(first)
				.doesNotContain(second)
				.doesNotContain("4155550123")
				.doesNotContain("4155550177"));
		assertThat(this.flow.context.lines).anySatisfy((line) -> assertThat(line).contains("number-changed"));
	}

	private HandlerChain chain(TriggerSettings settings) {
		return new HandlerChain(settings, this.store, (pool, number) -> this.taken.contains(number),
				(pool, user, number) -> {
				});
	}

	private static Map<String, String> change(String newPhoneNumber) {
		return Map.of("purpose", "change-number", "newPhoneNumber", newPhoneNumber);
	}

	private static List<String> names(ObjectNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static String wrong(String code) {
		return code.equals("000000") ? "111111" : "000000";
	}

}
