package dev.passwordless.triggers;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreAuthenticationEvent;
import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.SendHistory;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.challenge.InMemoryIssuedStepStore;
import dev.passwordless.triggers.challenge.IssuedStep;
import dev.passwordless.triggers.challenge.IssuedStepStore;
import dev.passwordless.triggers.challenge.RetriedSteps;
import dev.passwordless.triggers.challenge.TestChallenges;
import dev.passwordless.triggers.settings.TestSettings;
import dev.passwordless.triggers.sms.SmsSender;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cognito calls Create again, with the same event, when it has not answered in time: the
 * retry of a slow send gets the challenge the SMS answers, with no second SMS, no decoy
 * and nothing counted again; a call for a step whose send was not slow is a new request.
 * Every path reads and writes the step once.
 */
class CreateAuthChallengeRetryTest {

	private static final String PHONE = "+12025550142";

	private static final String USER = "7d3f2a10-54b1-4e2e-9d0e-5f1f2b2f7a10";

	private static final String NEW_NUMBER = "+12025550143";

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	private final InMemorySendLimitStore limits = new InMemorySendLimitStore(this.clock);

	private final RecordingSteps steps = new RecordingSteps(new InMemoryIssuedStepStore(this.clock));

	private final RecordingSms sms = new RecordingSms();

	private final List<String> lines = new ArrayList<>();

	/** Whether SNS answers only once Create has kept the step (a slow send). */
	private volatile boolean snsSlow = true;

	/** The step writes there were when the current Create began. */
	private volatile int writesBefore;

	/**
	 * An invocation with no time to spare: every send is slow, so the step is kept at
	 * once, while the send is under way.
	 */
	private final FunctionContext noTimeLeft = new FunctionContext("test", this.lines::add) {

		@Override
		public int getRemainingTimeInMillis() {
			return 0;
		}

	};

	/**
	 * An invocation with Cognito's whole 5 s ahead: a send that answers at once is not
	 * slow.
	 */
	private final FunctionContext inTime = new FunctionContext("test", this.lines::add);

	@Test
	void createWhenCognitoRetriesASlowSendThenTheRetryGetsTheChallengeTheSmsAnswersAndNoSecondSms() {
		CreateAuthChallengeHandler handler = handler(Map.of(), this::send);
		create(handler, PHONE, this.noTimeLeft);
		String code = this.sms.lastCode();
		this.clock.advance(RetriedSteps.COGNITO_TIMEOUT);
		ObjectNode retry = create(handler, PHONE, this.noTimeLeft);
		assertThat(this.sms.sent).hasSize(1);
		assertThat(TestChallenges.matches(challenge(retry), USER, code)).isTrue();
		assertThat(retry.get("challengeMetadata").asText()).isEqualTo(challenge(retry));
		assertThat(retry.at("/publicChallengeParameters/expiresAt").asLong())
			.isEqualTo(this.clock.instant().plus(Duration.ofMinutes(5)).getEpochSecond());
		assertThat(this.lines.getLast()).contains("\"outcome\":\"code-reissued\"").doesNotContain(code);
	}

	@Test
	void createWhenCognitoRetriesANumberChangesSlowSendThenTheRetryGetsTheNewNumbersChallengeAndNoSecondSms() {
		CreateAuthChallengeHandler handler = handler(Map.of(), this::send);
		offerChangeTo(NEW_NUMBER);
		ObjectNode first = create(handler, PHONE, this.noTimeLeft);
		String code = this.sms.lastCode();
		this.clock.advance(RetriedSteps.COGNITO_TIMEOUT);
		ObjectNode retry = create(handler, PHONE, this.noTimeLeft);
		assertThat(this.sms.sent).extracting(RecordingSms.Sms::phoneNumber).containsExactly(NEW_NUMBER);
		assertThat(TestChallenges.matches(challenge(retry), USER, code)).isTrue();
		// the same code to the same number, with a fresh expiry as every answer has
		assertThat(retry.get("challengeMetadata").asText()).startsWith("NEWNUMBER:" + NEW_NUMBER + ":")
			.endsWith(challenge(retry));
		assertThat(challenge(retry)).endsWith(challenge(first).substring(challenge(first).lastIndexOf(':')));
		assertThat(retry.at("/publicChallengeParameters/target").asText()).isEqualTo("new-number");
	}

	@Test
	void createWhenAnOrdinarySignInsSlowSendIsKeptThenANumberChangeGetsItsOwnCodeNeverThatOne() {
		CreateAuthChallengeHandler handler = handler(Map.of(), this::send);
		create(handler, PHONE, this.noTimeLeft);
		String ordinary = this.sms.lastCode();
		offerChangeTo(NEW_NUMBER);
		ObjectNode change = create(handler, PHONE, this.noTimeLeft);
		assertThat(this.sms.sent).extracting(RecordingSms.Sms::phoneNumber).containsExactly(PHONE, NEW_NUMBER);
		assertThat(TestChallenges.matches(challenge(change), USER, ordinary)).isFalse();
		assertThat(TestChallenges.matches(challenge(change), USER, this.sms.lastCode())).isTrue();
	}

	@Test
	void createWhenRetriedThenNothingIsCountedAgainstTheCooldownTheHourlyCapOrTheBudget() {
		CreateAuthChallengeHandler handler = handler(
				Map.of(TriggerSettingNames.SEND_COOLDOWN_SECONDS, "0", TriggerSettingNames.DAILY_SMS_BUDGET, "10"),
				this::send);
		create(handler, PHONE, this.noTimeLeft);
		this.clock.advance(Duration.ofSeconds(1));
		create(handler, PHONE, this.noTimeLeft);
		this.clock.advance(Duration.ofSeconds(1));
		create(handler, PHONE, this.noTimeLeft);
		assertThat(this.sms.sent).hasSize(1);
		assertThat(this.limits.find(TestTriggers.check(TestSettings.defaults(), this.limits, this.clock).keyFor(PHONE)))
			.map(SendHistory::sentAt)
			.hasValueSatisfying((sentAt) -> assertThat(sentAt).hasSize(1));
		assertThat(this.limits.count("budget#2026-11-25")).isOne();
	}

	@Test
	void createWhenTheSendWasNotSlowThenAnotherCallForTheStepIsANewRequestAndGetsAChallengeTheCodeDoesNotAnswer() {
		this.snsSlow = false;
		CreateAuthChallengeHandler handler = handler(Map.of(), this::send);
		create(handler, PHONE, this.inTime);
		String code = this.sms.lastCode();
		this.clock.advance(RetriedSteps.COGNITO_TIMEOUT);
		ObjectNode again = create(handler, PHONE, this.inTime);
		assertThat(TestChallenges.matches(challenge(again), USER, code)).isFalse();
		assertThat(this.lines.getLast()).contains("\"outcome\":\"refused:TOO_MANY_CODES\"");
		assertThat(this.sms.sent).hasSize(1);
	}

	@Test
	void createWhenTheKeptChallengeWasHandedOutAsOftenAsCognitoCallsThenTheNextCallGetsADecoy() {
		CreateAuthChallengeHandler handler = handler(Map.of(), this::send);
		create(handler, PHONE, this.noTimeLeft);
		String code = this.sms.lastCode();
		List<Boolean> answered = new ArrayList<>();
		for (int call = 2; call <= RetriedSteps.ATTEMPTS + 1; call++) {
			answered.add(TestChallenges.matches(challenge(create(handler, PHONE, this.noTimeLeft)), USER, code));
		}
		assertThat(answered).containsExactly(true, true, false);
		assertThat(this.sms.sent).hasSize(1);
	}

	@Test
	void createWhenCognitoCanNoLongerRetryTheStepThenTheKeptChallengeIsNotHandedOutAgain() {
		CreateAuthChallengeHandler handler = handler(Map.of(), this::send);
		create(handler, PHONE, this.noTimeLeft);
		String code = this.sms.lastCode();
		this.clock.advance(RetriedSteps.WINDOW);
		assertThat(TestChallenges.matches(challenge(create(handler, PHONE, this.noTimeLeft)), USER, code)).isFalse();
		assertThat(this.sms.sent).hasSize(1);
	}

	@Test
	void createWhenAnotherCallForTheStepWritesFirstThenTheRetryGetsADecoy() {
		CreateAuthChallengeHandler handler = handler(Map.of(), this::send);
		create(handler, PHONE, this.noTimeLeft);
		String code = this.sms.lastCode();
		this.steps.losing = true;
		ObjectNode retry = create(handler, PHONE, this.noTimeLeft);
		assertThat(TestChallenges.matches(challenge(retry), USER, code)).isFalse();
		assertThat(this.lines.getLast()).contains("\"outcome\":\"decoy\"");
		assertThat(this.sms.sent).hasSize(1);
	}

	@Test
	void createWhenARegisteredNumbersSlowSendIsRetriedThenTheAnswerLooksLikeAnUnknownNumbersRetry() {
		CreateAuthChallengeHandler handler = handler(Map.of(), this::send);
		create(handler, PHONE, this.noTimeLeft);
		ObjectNode unknownFirst = createUnknown(handler, "a6c1d0e2-0000-4000-8000-000000000001");
		this.clock.advance(RetriedSteps.COGNITO_TIMEOUT);
		ObjectNode registered = create(handler, PHONE, this.noTimeLeft);
		ObjectNode unknown = createUnknown(handler, "a6c1d0e2-0000-4000-8000-000000000001");
		assertThat(registered.get("publicChallengeParameters")).isEqualTo(unknown.get("publicChallengeParameters"));
		assertThat(challenge(registered)).hasSameSizeAs(challenge(unknown));
		assertThat(challenge(unknown)).isNotEqualTo(challenge(unknownFirst));
	}

	@Test
	void createWhenSentSlowlyInTimeReissuedRefusedOrUnknownThenTheStepIsReadOnceAndWrittenOnce() {
		CreateAuthChallengeHandler handler = handler(Map.of(TriggerSettingNames.ALLOWED_COUNTRIES, "US"), this::send);
		create(handler, PHONE, this.noTimeLeft);
		List<String> sentSlowly = this.steps.takeCalls();
		create(handler, PHONE, this.noTimeLeft);
		List<String> reissued = this.steps.takeCalls();
		this.clock.advance(RetriedSteps.WINDOW);
		create(handler, PHONE, this.inTime);
		List<String> refused = this.steps.takeCalls();
		createUnknown(handler, UUID.randomUUID().toString());
		List<String> unknown = this.steps.takeCalls();
		create(handler, "+447400123456", this.inTime);
		List<String> countryRefused = this.steps.takeCalls();
		this.clock.advance(Duration.ofMinutes(1));
		this.snsSlow = false;
		create(handler, PHONE, this.inTime);
		List<String> sentInTime = this.steps.takeCalls();
		assertThat(sentSlowly).containsExactly("find", "replace");
		assertThat(List.of(reissued, refused, unknown, countryRefused, sentInTime)).containsOnly(sentSlowly);
	}

	private CreateAuthChallengeHandler handler(Map<String, String> environment, SmsSender sender) {
		return TestTriggers.create(TestSettings.from(environment), sender, this.limits, this.steps, this.clock,
				new SecureRandom(), (wait) -> {
				});
	}

	/**
	 * SNS, answering at once or, when slow, only once Create has written the step: still
	 * under way when the step is kept.
	 */
	private void send(String phoneNumber, String text) {
		if (this.snsSlow) {
			assertThat(this.steps.awaitWritesAbove(this.writesBefore)).isTrue();
		}
		this.sms.send(phoneNumber, text);
	}

	private ObjectNode create(CreateAuthChallengeHandler handler, String phoneNumber, FunctionContext context) {
		this.writesBefore = this.steps.writes();
		ObjectNode event = LambdaRuntime.fixture("create-auth-challenge");
		event.put("userName", USER);
		((ObjectNode) event.get("request")).with("userAttributes").put("phone_number", phoneNumber);
		return invoke(handler, event, context);
	}

	/** Pre authentication of a sign-in that asks to change the number to this one. */
	private void offerChangeTo(String newPhoneNumber) {
		ObjectNode event = LambdaRuntime.fixture("pre-authentication");
		event.put("userName", USER);
		((ObjectNode) event.get("request")).putObject("validationData")
			.put("purpose", "change-number")
			.put("newPhoneNumber", newPhoneNumber);
		LambdaRuntime.invoke(TestTriggers.preAuthentication(this.limits, this.clock),
				CognitoUserPoolPreAuthenticationEvent.class, event, this.inTime);
	}

	private ObjectNode createUnknown(CreateAuthChallengeHandler handler, String userName) {
		ObjectNode event = LambdaRuntime.fixture("create-auth-challenge");
		event.put("userName", userName);
		ObjectNode request = (ObjectNode) event.get("request");
		request.put("userNotFound", true);
		request.putObject("userAttributes");
		return invoke(handler, event, this.noTimeLeft);
	}

	private ObjectNode invoke(CreateAuthChallengeHandler handler, ObjectNode event, FunctionContext context) {
		return (ObjectNode) LambdaRuntime.invoke(handler, CognitoUserPoolCreateAuthChallengeEvent.class, event, context)
			.get("response");
	}

	private static String challenge(ObjectNode response) {
		return response.at("/privateChallengeParameters/challenge").asText();
	}

	/**
	 * Keeps the steps in memory, notes the calls, says when a step was written, and can
	 * lose every write as if another call for the step had written first.
	 */
	private static final class RecordingSteps implements IssuedStepStore {

		private final IssuedStepStore store;

		private final List<String> calls = new ArrayList<>();

		private int writes;

		volatile boolean losing;

		RecordingSteps(IssuedStepStore store) {
			this.store = store;
		}

		@Override
		public synchronized Optional<IssuedStep> find(String key) {
			this.calls.add("find");
			return this.store.find(key);
		}

		@Override
		public synchronized boolean replace(String key, Optional<IssuedStep> expected, IssuedStep next) {
			this.calls.add("replace");
			this.writes++;
			notifyAll();
			return !this.losing && this.store.replace(key, expected, next);
		}

		synchronized int writes() {
			return this.writes;
		}

		/** Waits (up to 10 s, as a guard) until there were more writes than these. */
		synchronized boolean awaitWritesAbove(int writes) {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			try {
				while (this.writes <= writes && System.nanoTime() < deadline) {
					wait(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 1);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return this.writes > writes;
		}

		synchronized List<String> takeCalls() {
			List<String> taken = List.copyOf(this.calls);
			this.calls.clear();
			return taken;
		}

	}

}
