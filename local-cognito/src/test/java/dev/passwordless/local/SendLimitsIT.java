package dev.passwordless.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.passwordless.rules.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SMS send limits as anyone with the public client id meets them: InitiateAuth
 * through the real SDK against the local pool, whose Create trigger keeps the limits in
 * the pool's own database.
 */
class SendLimitsIT {

	private static final String PHONE = "+14155550123";

	private final MovableClock clock = new MovableClock();

	private LocalCognito cognito;

	private PoolClient client;

	@AfterEach
	void stop() {
		this.cognito.close();
	}

	@Test
	void startWhenHundredConcurrentSignInsForOneNumberThenExactlyOneSmsIsSentAndEveryAnswerLooksTheSame()
			throws Exception {
		start(LocalCognitoConfig.inMemory());
		this.client.signUp(PHONE, "Ada Lovelace");
		List<InitiateAuthResponse> answers = new ArrayList<>();
		ExecutorService callers = Executors.newFixedThreadPool(100);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<InitiateAuthResponse>> calls = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				calls.add(callers.submit(() -> {
					go.await();
					return this.client.start(PHONE);
				}));
			}
			go.countDown();
			for (Future<InitiateAuthResponse> call : calls) {
				answers.add(call.get());
			}
		}
		finally {
			callers.shutdownNow();
		}
		assertThat(this.client.smsCount(PHONE)).isEqualTo(1);
		assertThat(answers).hasSize(100)
			.allSatisfy((answer) -> assertThat(answer.challengeParameters().keySet())
				.isEqualTo(answers.getFirst().challengeParameters().keySet()));
	}

	@Test
	void startWhenWithinTheCooldownThenASilentChallengeAndAfterItOneMoreCode() {
		start(LocalCognitoConfig.inMemory());
		this.client.signUp(PHONE, "Ada Lovelace");
		this.client.start(PHONE);
		this.clock.advance(Duration.ofSeconds(29));
		InitiateAuthResponse refused = this.client.start(PHONE);
		assertThat(refused.challengeName().toString()).isEqualTo("CUSTOM_CHALLENGE");
		assertThat(this.client.smsCount(PHONE)).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(1));
		this.client.start(PHONE);
		this.client.start(PHONE);
		assertThat(this.client.smsCount(PHONE)).isEqualTo(2);
	}

	@Test
	void startWhenTheHourlyCapIsReachedThenNoSmsAfterTheCooldownsUntilTheHourIsOver() {
		start(LocalCognitoConfig.inMemory().triggerEnvironment("SENDS_PER_HOUR", "3"));
		this.client.signUp(PHONE, "Ada Lovelace");
		for (int i = 0; i < 3; i++) {
			this.client.start(PHONE);
			this.clock.advance(Duration.ofSeconds(30));
		}
		this.client.start(PHONE);
		assertThat(this.client.smsCount(PHONE)).isEqualTo(3);
		this.clock.advance(Duration.ofHours(1));
		this.client.start(PHONE);
		assertThat(this.client.smsCount(PHONE)).isEqualTo(4);
	}

	@Test
	void startWhenPastTheDailyBudgetThenNoNumberGetsAnSmsAndUnknownNumbersGetTheSameAnswer() {
		// no share reserved for numbers that signed in before: these have not
		start(LocalCognitoConfig.inMemory()
			.triggerEnvironment("DAILY_SMS_BUDGET", "2")
			.triggerEnvironment("RESERVED_BUDGET_PERCENT", "0"));
		for (String phone : List.of("+14155550101", "+14155550102", "+14155550103")) {
			this.client.signUp(phone, "Ada Lovelace");
		}
		this.client.start("+14155550101");
		this.client.start("+14155550102");
		assertThatThrownBy(() -> this.client.start("+14155550103")).isInstanceOf(UserLambdaValidationException.class)
			.hasMessageContaining("refusal=DAILY_BUDGET;retry-after=");
		assertThatThrownBy(() -> this.client.start("+14155550199")).isInstanceOf(UserLambdaValidationException.class)
			.hasMessageContaining("refusal=DAILY_BUDGET;retry-after=");
		assertThat(this.client.outbox(null).path("sms_messages").size()).isEqualTo(2);
	}

	@Test
	void signInWhenTheNumberIsATestNumberThenTheFixedCodeWorksAndNothingReachesTheOutbox() {
		start(LocalCognitoConfig.inMemory()
			.triggerEnvironment("TEST_NUMBERS", "+12025550142")
			.triggerEnvironment("TEST_CODE", "424242"));
		this.client.signUp("+12025550142", "App Reviewer");
		for (int i = 0; i < 3; i++) {
			InitiateAuthResponse started = this.client.start("+12025550142");
			assertThat(this.client.answer(started.session(), started.challengeParameters().get("USERNAME"), "424242")
				.authenticationResult()
				.idToken()).isNotBlank();
		}
		assertThat(this.client.outbox(null).path("sms_messages").size()).isZero();
	}

	@Test
	void startPoolWhenATestNumberIsOutsideTheFictionRangesThenRefusesWithoutEchoingIt() {
		LocalCognitoConfig config = LocalCognitoConfig.inMemory()
			.triggerEnvironment("TEST_NUMBERS", "+14155550123,+14158675309")
			.triggerEnvironment("TEST_CODE", "424242")
			.build();
		assertThatThrownBy(() -> this.cognito = LocalCognito.start(config)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("TEST_NUMBERS may only hold numbers reserved for fiction")
			.hasMessageNotContaining("8675309");
		start(LocalCognitoConfig.inMemory());
	}

	private void start(LocalCognitoConfig.Builder config) {
		this.cognito = LocalCognito.start(config.echoSms(false).build(), this.clock);
		this.client = new PoolClient(this.cognito.pool());
	}

}
