package dev.passwordless.triggers;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreAuthenticationEvent;
import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.Refusal;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.challenge.ChallengeParameters;
import dev.passwordless.triggers.challenge.NumberChangeRefusedException;
import dev.passwordless.triggers.challenge.PendingNumberChanges;
import dev.passwordless.triggers.limits.DailyBudgetExhaustedException;
import dev.passwordless.triggers.settings.TestSettings;
import dev.passwordless.triggers.settings.TriggerSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A number change walked through Pre authentication, Define, Create, Verify and Post
 * authentication as Cognito chains them (decision 005): the start's client metadata
 * reaches Pre authentication, which offers the new number to Create; the one code goes to
 * the new number; tokens after it, with the answer's client metadata naming that number,
 * and the new number set.
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
	void changeWhenTheNewNumbersCodeIsRightThenTokensTheNewNumberIsSetVerifiedAndTheOldOneGotNoSms() {
		assertThat(this.flow.start(CHANGE)).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.publicParameters.get(ChallengeParameters.TARGET).asText()).isEqualTo("new-number");
		assertThat(this.flow.answer(this.flow.sms.lastCode(), CHANGE)).isEqualTo(HandlerChain.Result.TOKENS);
		assertThat(this.flow.sms.sent).extracting(RecordingSms.Sms::phoneNumber).containsExactly(NEW);
		assertThat(this.flow.numberUpdates).containsExactly(USER + "=" + NEW);
	}

	@Test
	void changeWhenTheCodeIsSentThenItHasTheSignInTextAndItsOwnParameters() {
		this.flow.start();
		String ordinary = this.flow.sms.lastCode();
		HandlerChain changing = chain(TestSettings.defaults());
		changing.start(CHANGE);
		String code = changing.sms.lastCode();
		assertThat(changing.sms.sent.getFirst().text().replace(code, "CODE"))
			.isEqualTo(this.flow.sms.sent.getFirst().text().replace(ordinary, "CODE"));
		assertThat(names(changing.publicParameters)).containsExactlyInAnyOrder(ChallengeParameters.CODE_LENGTH,
				ChallengeParameters.EXPIRES_AT, ChallengeParameters.ATTEMPTS_LEFT, ChallengeParameters.TARGET);
		assertThat(this.flow.publicParameters.has(ChallengeParameters.TARGET)).isFalse();
		assertThat(changing.publicParameters.get(ChallengeParameters.ATTEMPTS_LEFT).asText()).isEqualTo("3");
		assertThat(changing.session().get(0).get("challengeMetadata").asText()).contains(NEW);
	}

	@Test
	void changeWhenTheCodeIsWrongThenItIsAskedAgainWithoutAnotherSmsAndRightThenIssuesTokens() {
		this.flow.start(CHANGE);
		String code = this.flow.sms.lastCode();
		assertThat(this.flow.answer(wrong(code), CHANGE)).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.publicParameters.get(ChallengeParameters.TARGET).asText()).isEqualTo("new-number");
		assertThat(this.flow.publicParameters.get(ChallengeParameters.ATTEMPTS_LEFT).asText()).isEqualTo("2");
		assertThat(this.flow.answer(code, CHANGE)).isEqualTo(HandlerChain.Result.TOKENS);
		assertThat(this.flow.sms.sent).hasSize(1);
		assertThat(this.flow.numberUpdates).containsExactly(USER + "=" + NEW);
	}

	@Test
	void changeWhenWrongAnswersReachTheLimitThenFailsAndNothingChanges() {
		this.flow.start(CHANGE);
		String code = this.flow.sms.lastCode();
		assertThat(this.flow.answer(wrong(code), CHANGE)).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.answer(wrong(code), CHANGE)).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.answer(wrong(code), CHANGE)).isEqualTo(HandlerChain.Result.FAILED);
		assertThat(this.flow.numberUpdates).isEmpty();
	}

	@Test
	void changeWhenTheRightCodeComesWithAnotherNumberOrNoneThenFailsAndNothingChanges() {
		this.flow.start(CHANGE);
		assertThat(this.flow.answer(this.flow.sms.lastCode(), change("+14155550178")))
			.isEqualTo(HandlerChain.Result.FAILED);
		this.flow = chain(TestSettings.defaults());
		// past the new number's cooldown
		this.flow.clock.advance(Duration.ofMinutes(1));
		this.flow.start(CHANGE);
		assertThat(this.flow.answer(this.flow.sms.lastCode(), null)).isEqualTo(HandlerChain.Result.FAILED);
		assertThat(this.flow.numberUpdates).isEmpty();
	}

	@Test
	void signInWhenTheCurrentNumbersRightCodeComesWithAChangeThenFailsAndNothingChanges() {
		// the current number's code proves the current number, never a new one
		this.flow.start();
		assertThat(this.flow.answer(this.flow.sms.lastCode(), CHANGE)).isEqualTo(HandlerChain.Result.FAILED);
		assertThat(this.flow.sms.sent).extracting(RecordingSms.Sms::phoneNumber).containsExactly(OLD);
		assertThat(this.flow.numberUpdates).isEmpty();
	}

	@Test
	void changeWhenTheNewNumberHasAnAccountThenRefusedWithNumberTakenAndNoSms() {
		this.taken.add(NEW);
		assertThatThrownBy(() -> this.flow.start(CHANGE)).isInstanceOf(NumberChangeRefusedException.class)
			.hasMessage("refusal=NUMBER_TAKEN");
		assertThat(this.flow.sms.sent).isEmpty();
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
		racing.start(CHANGE);
		assertThatThrownBy(() -> racing.answer(racing.sms.lastCode(), CHANGE)).hasMessage("refusal=NUMBER_TAKEN");
	}

	@Test
	void changeWhenTheNewNumberIsWithinItsCooldownThenRefusedWithTheWaitAndNoSms() {
		this.flow.start(CHANGE);
		// another account asks for the same new number
		HandlerChain other = chain(TestSettings.defaults());
		other.currentNumber = "+14155550199";
		other.clock.advance(Duration.ofSeconds(10));
		assertThatThrownBy(() -> other.start(CHANGE)).isInstanceOf(NumberChangeRefusedException.class)
			.hasMessage("refusal=TOO_MANY_CODES;retry-after=20");
		assertThat(other.sms.sent).isEmpty();
	}

	@Test
	void changeWhenTheDailyBudgetIsUsedUpThenTheNewNumberGetsNoSms() {
		this.flow = chain(TestSettings
			.from(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "1", TriggerSettingNames.RESERVED_BUDGET_PERCENT, "0")));
		this.flow.start();
		assertThatThrownBy(() -> this.flow.start(CHANGE)).isInstanceOf(DailyBudgetExhaustedException.class)
			.hasMessageStartingWith("refusal=DAILY_BUDGET");
		assertThat(this.flow.sms.sent).extracting(RecordingSms.Sms::phoneNumber).containsExactly(OLD);
	}

	@Test
	void changeWhenTheNewNumberIsNotE164ThenPreAuthenticationRefusesWithPhoneInvalidAndNoCodeIsSent() {
		assertThatThrownBy(() -> this.flow.start(change("04155550177")))
			.isInstanceOf(NumberChangeRefusedException.class)
			.hasMessage("refusal=PHONE_INVALID");
		assertThatThrownBy(() -> this.flow.start(Map.of("purpose", "change-number")))
			.hasMessage("refusal=PHONE_INVALID");
		assertThat(this.flow.sms.sent).isEmpty();
	}

	@Test
	void changeWhenTheNewNumberIsTheCurrentOneThenRefusedWithNumberTaken() {
		assertThatThrownBy(() -> this.flow.start(change(OLD))).hasMessage("refusal=NUMBER_TAKEN");
		assertThat(this.flow.sms.sent).isEmpty();
	}

	@Test
	void changeWhenTheNewNumberIsFromACountryNotAllowedOrNoMobileThenRefusedAsAtSignUp() {
		assertThatThrownBy(() -> this.flow.start(change("+33612345678")))
			.hasMessage("refusal=PHONE_COUNTRY_NOT_ALLOWED");
		assertThatThrownBy(() -> this.flow.start(change("+19005550123"))).hasMessage("refusal=PHONE_INVALID");
		assertThat(this.flow.sms.sent).isEmpty();
	}

	@Test
	void signInWhenNoChangeIsAskedForThenTokensAfterTheCodeAndTheNumberStays() {
		this.flow.start();
		assertThat(this.flow.answer(this.flow.sms.lastCode())).isEqualTo(HandlerChain.Result.TOKENS);
		assertThat(this.flow.sms.sent).extracting(RecordingSms.Sms::phoneNumber).containsExactly(OLD);
		assertThat(this.flow.numberUpdates).isEmpty();
	}

	@Test
	void signInWhenTheMetadataHasAnotherPurposeThenTheCodeGoesToTheCurrentNumberAndNothingChanges() {
		Map<String, String> other = Map.of("purpose", "other", "newPhoneNumber", NEW);
		this.flow.start(other);
		assertThat(this.flow.answer(this.flow.sms.lastCode(), other)).isEqualTo(HandlerChain.Result.TOKENS);
		assertThat(this.flow.sms.sent).extracting(RecordingSms.Sms::phoneNumber).containsExactly(OLD);
		assertThat(this.flow.numberUpdates).isEmpty();
	}

	@Test
	void signInWhenAnOfferHasLapsedThenTheCodeGoesToTheCurrentNumber() {
		PreAuthenticationHandler pre = TestTriggers.preAuthentication(this.store, this.clock);
		ObjectNode offer = LambdaRuntime.fixture("pre-authentication");
		((ObjectNode) offer.get("request")).set("validationData", LambdaRuntime.JSON.valueToTree(CHANGE));
		LambdaRuntime.invoke(pre, CognitoUserPoolPreAuthenticationEvent.class, offer, new RecordingContext());
		this.clock.advance(PendingNumberChanges.LIFETIME);
		RecordingSms sms = new RecordingSms();
		CreateAuthChallengeHandler create = TestTriggers.create(TestSettings.defaults(), sms, this.store, this.clock,
				new SecureRandom());
		ObjectNode created = LambdaRuntime.invoke(create, CognitoUserPoolCreateAuthChallengeEvent.class,
				LambdaRuntime.fixture("create-auth-challenge"), new RecordingContext());
		assertThat(sms.sent).extracting(RecordingSms.Sms::phoneNumber).containsExactly(OLD);
		assertThat(created.at("/response/publicChallengeParameters").has(ChallengeParameters.TARGET)).isFalse();
	}

	@Test
	void signInWhenAnotherUserHasAnOfferThenTheCodeGoesToTheUsersOwnNumber() {
		this.flow.start(CHANGE);
		RecordingSms sms = new RecordingSms();
		CreateAuthChallengeHandler create = TestTriggers.create(TestSettings.defaults(), sms, this.store, this.clock,
				new SecureRandom());
		ObjectNode event = LambdaRuntime.fixture("create-auth-challenge");
		event.put("userName", "7d1e2f3a-0000-4000-8000-00000000beef");
		((ObjectNode) event.at("/request/userAttributes")).put("phone_number", "+14155550188");
		LambdaRuntime.invoke(create, CognitoUserPoolCreateAuthChallengeEvent.class, event, new RecordingContext());
		assertThat(sms.sent).extracting(RecordingSms.Sms::phoneNumber).containsExactly("+14155550188");
	}

	@Test
	void changeWhenAnUnknownUserAsksThenNothingIsOffered() {
		HandlerChain unknown = new HandlerChain(TestSettings.defaults(), true);
		assertThat(unknown.start(CHANGE)).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(unknown.sms.sent).isEmpty();
		assertThat(unknown.publicParameters.has(ChallengeParameters.TARGET)).isFalse();
	}

	@Test
	void changeWhenWalkedThenNoLineHoldsACodeOrAFullNumber() {
		this.flow.start(CHANGE);
		String code = this.flow.sms.lastCode();
		this.flow.answer(wrong(code), CHANGE);
		this.flow.answer(code, CHANGE);
		assertThat(this.flow.context.lines).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).doesNotContain(code)
				.doesNotContain("4155550123")
				.doesNotContain("4155550177"));
		assertThat(this.flow.context.lines).anySatisfy((line) -> assertThat(line).contains("number-change-offered"));
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
