package dev.passwordless.local;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.passwordless.rules.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A sign-in when SNS fails, end to end: the real SDK against the pool, its Create
 * trigger's SNS client meeting the fault harness's slow, throttling or failing SNS, and
 * the pool calling a trigger that runs out of time again, as Cognito does.
 */
class SignInUnderSnsFaultsIT {

	private static final String PHONE = "+12025550142";

	private static final String UNKNOWN = "+12025550143";

	private static final String WARM_UP = "+12025550144";

	/** Much shorter than Cognito's 5 s, so that a slow SNS runs past it in a test. */
	private static final Duration TRIGGER_TIMEOUT = Duration.ofMillis(400);

	/** How long SNS takes when slow: past the trigger's time-out. */
	private static final int SLOW_MILLIS = 1200;

	/** The message the web app reads a refusal from ({@code CognitoErrors}). */
	private static final String SMS_FAILED = "CreateAuthChallenge failed with error refusal=SMS_FAILED.";

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	private final MovableClock clock = new MovableClock();

	private LocalCognito cognito;

	private PoolClient client;

	@AfterEach
	void stop() {
		this.cognito.close();
	}

	@Test
	void signInWhenSnsIsSlowerThanTheTriggersTimeoutThenTheRetryIsAnsweredOneSmsGoesOutAndItsCodeSignsIn()
			throws IOException {
		start(LocalCognitoConfig.inMemory().triggerTimeout(TRIGGER_TIMEOUT), true);
		this.client.signUp(PHONE, "Ada Lovelace");
		slowSns();
		InitiateAuthResponse challenge = this.client.start(PHONE);
		assertThat(challenge.challengeNameAsString()).isEqualTo("CUSTOM_CHALLENGE");
		String code = code(this.cognito.outbox().awaitMessages(PHONE, 1, Duration.ofSeconds(10)).getFirst());
		AuthenticationResultType tokens = this.client
			.answer(challenge.session(), challenge.challengeParameters().get("USERNAME"), code)
			.authenticationResult();
		assertThat(tokens.idToken()).isNotBlank();
		assertThat(this.cognito.outbox().messages(PHONE)).hasSize(1);
	}

	@Test
	void startWhenSnsIsSlowerThanTheTriggersTimeoutForAnUnknownNumberThenTheSameAnswerAndNoSms() throws IOException {
		start(LocalCognitoConfig.inMemory().triggerTimeout(TRIGGER_TIMEOUT), true);
		this.client.signUp(PHONE, "Ada Lovelace");
		slowSns();
		InitiateAuthResponse registered = this.client.start(PHONE);
		slowSns();
		InitiateAuthResponse unknown = this.client.start(UNKNOWN);
		assertThat(unknown.challengeNameAsString()).isEqualTo(registered.challengeNameAsString());
		assertThat(unknown.challengeParameters().keySet()).isEqualTo(registered.challengeParameters().keySet());
		assertThat(unknown.challengeParameters().get("codeLength")).isEqualTo("6");
		assertThat(unknown.challengeParameters().get("attemptsLeft"))
			.isEqualTo(registered.challengeParameters().get("attemptsLeft"));
		this.cognito.outbox().awaitMessages(PHONE, 1, Duration.ofSeconds(10));
		assertThat(this.cognito.outbox().messages(UNKNOWN)).isEmpty();
		// the unknown number made no SNS request: the slow answer still waits for one
		assertThat(RawHttp.send(port(), "GET", "/_local/faults", Map.of(), "")).contains("\"count\":1");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "throttle", "fail" })
	void startWhenSnsThrottlesOrFailsThenSmsFailedForEveryNumberAndTheSendIsCountedOnce(String kind)
			throws IOException {
		// Cognito's 5 s: the SDK's own retries of a throttled publish fit in it; no
		// warm-up, so that the failed send is the only one an unknown number's answer
		// can copy
		start(LocalCognitoConfig.inMemory()
			.triggerEnvironment("DAILY_SMS_BUDGET", "2")
			.triggerEnvironment("RESERVED_BUDGET_PERCENT", "0"), false);
		this.client.signUp(PHONE, "Ada Lovelace");
		fault("{\"target\":\"sns\",\"kind\":\"" + kind + "\",\"count\":50}");
		assertThatThrownBy(() -> this.client.start(PHONE)).isInstanceOfSatisfying(UserLambdaValidationException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(SMS_FAILED));
		assertThatThrownBy(() -> this.client.start(UNKNOWN)).isInstanceOfSatisfying(UserLambdaValidationException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(SMS_FAILED));
		RawHttp.send(port(), "DELETE", "/_local/faults", Map.of(), "");
		assertThat(this.cognito.outbox().messages(null)).isEmpty();
		// the failed send counted once: one code more fits the budget of 2, after the
		// cooldown it started
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.client.signIn(PHONE).idToken()).isNotBlank();
		this.clock.advance(Duration.ofSeconds(30));
		assertThatThrownBy(() -> this.client.start(PHONE)).isInstanceOfSatisfying(UserLambdaValidationException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).contains("refusal=DAILY_BUDGET"));
		assertThat(this.cognito.outbox().messages(PHONE)).hasSize(1);
	}

	/**
	 * Starts a pool with the fault harness on, its triggers warmed up, if asked, with a
	 * sign-in of another number, so that only the fault makes a trigger slow.
	 */
	private void start(LocalCognitoConfig.Builder config, boolean warmUp) {
		this.cognito = LocalCognito.start(config.echoSms(false).faults(true).build(), this.clock);
		this.client = new PoolClient(this.cognito.pool());
		if (warmUp) {
			this.client.signUp(WARM_UP, "Grace Hopper");
			this.client.signIn(WARM_UP);
		}
	}

	private void slowSns() throws IOException {
		fault("{\"target\":\"sns\",\"kind\":\"slow\",\"millis\":" + SLOW_MILLIS + "}");
	}

	private void fault(String json) throws IOException {
		assertThat(RawHttp.send(port(), "POST", "/_local/faults", Map.of("Content-Type", "application/json"), json))
			.startsWith("HTTP/1.1 200");
	}

	private int port() {
		return this.cognito.pool().endpoint().getPort();
	}

	private static String code(SmsOutbox.Sms sms) {
		Matcher matcher = CODE.matcher(sms.message());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
