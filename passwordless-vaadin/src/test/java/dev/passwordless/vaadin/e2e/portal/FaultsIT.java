package dev.passwordless.vaadin.e2e.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.local.LocalCognitoConfig;
import dev.passwordless.local.PoolInfo;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.pages.CodePage;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.sms.Outbox;
import dev.passwordless.vaadin.cognito.ClientSecret;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoPool;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fault of SMS and Cognito a person can meet while signing in, in the browser: the
 * pool's fault harness makes SNS (in the Create trigger) or Cognito throttle, fail or be
 * slow, and a link the app reaches Cognito through is cut. For each: the exact sentence
 * the page shows, the typed number still in its field, how many SMS went out, and, once
 * the fault is cleared, the same page finishing the sign-in without a restart. The pool's
 * triggers keep Cognito's 5 s time-out, so that the SDK's retries inside the trigger fit
 * in it as on AWS. The app and its pool share a clock that stands still; the tests move
 * it past a cooldown instead of waiting. The retry of a slow send waits as long as a
 * recent send took but never fails, whatever the other tests' SNS faults left in that
 * history.
 */
@ActiveProfiles("local")
@SpringBootTest(classes = { ExamplePortal.class, FaultsIT.FaultyPool.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "passwordless.store.data-directory=", "passwordless.redirect.after-sign-in=/reports" })
class FaultsIT {

	private static final String SMS_FAILED = "We could not send the code. Please try again in a few minutes.";

	private static final String UNAVAILABLE = "Sign-in is unavailable right now. Please try again shortly.";

	/** What the issue allows a page to take to answer whatever fails. */
	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	private final WebDriver driver = browser.driver();

	@Autowired
	private LocalCognito cognito;

	@Autowired
	private CognitoAuthClient cognitoAuth;

	@Autowired
	private CognitoPool pool;

	@Autowired
	private CuttableLink link;

	@Autowired
	private MovableClock clock;

	@Autowired
	private ObjectProvider<MeterRegistry> meters;

	@BeforeEach
	void aDayOfItsOwn() {
		this.clock.advance(Duration.ofDays(1));
	}

	@AfterEach
	void clearFaults() throws Exception {
		this.link.mend();
		send("DELETE", "");
	}

	@Test
	void sendCodeWhenSnsThrottlesThenCouldNotSendNoSmsAndTheSamePageSignsInOnceItClears() throws Exception {
		smsFaultThenRecovery("throttle", "+12025550162");
	}

	@Test
	void sendCodeWhenSnsFailsThenCouldNotSendNoSmsAndTheSamePageSignsInOnceItClears() throws Exception {
		smsFaultThenRecovery("fail", "+12025550164");
	}

	@Test
	void sendCodeWhenSnsIsSlowerThanTheTriggersTimeoutThenTheRetryHandsOutTheSameCodeOneSmsAndItSignsIn()
			throws Exception {
		String phone = "+12025550166";
		registered(phone);
		// a code to another number first, so that only the fault makes the trigger slow
		registered("+12025550163");
		this.cognitoAuth.start("+12025550163");
		fault("sns", "slow", ",\"millis\":6000");
		LoginPage start = LoginPage.open(this.driver, browser.base());
		long started = System.nanoTime();
		CodePage code = start.sendCodeTo(phone);
		assertThat(code.sentTo()).isNotBlank();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ANSWER_WITHIN);
		// SNS delivers the slow message when its delay is over
		this.cognito.outbox().awaitMessages(phone, 1, Duration.ofSeconds(10));
		String sent = Outbox.at(this.cognito.pool().endpoint()).latestCode(phone);
		assertThat(code.enter(sent, ReportsPage::new).welcome()).isEqualTo("Reports for Ada Lovelace");
		assertThat(this.cognito.outbox().messages(phone)).as("one SMS for the two calls of the trigger").hasSize(1);
	}

	@Test
	void sendCodeWhenCognitoThrottlesThenTheSdksRetryAnswersAndWhileItLastsBusyUntilItClears() throws Exception {
		String phone = "+12025550167";
		registered(phone);
		// one throttled call: the SDK's retry gets the code
		fault("cognito", "throttle", "");
		CodePage code = LoginPage.open(this.driver, browser.base()).sendCodeTo(phone);
		assertThat(code.sentTo()).isNotBlank();
		assertThat(this.cognito.outbox().messages(phone)).hasSize(1);
		browser.freshVisitor();
		this.clock.advance(Duration.ofMinutes(5));
		// throttled for longer than the SDK retries
		fault("cognito", "throttle", ",\"count\":50");
		double refused = refused("rate_limited");
		LoginPage login = LoginPage.open(this.driver, browser.base()).sendCodeExpectingProblem(phone);
		assertThat(message(login, "busy")).isEqualTo("Sign-in is busy right now. Please try again in 60 seconds.");
		assertThat(login.number()).contains("555").contains("0167");
		assertThat(refused("rate_limited")).isEqualTo(refused + 1);
		assertThat(this.cognito.outbox().messages(phone)).hasSize(1);
		send("DELETE", "");
		this.clock.advance(Duration.ofMinutes(1));
		signInFromTheSamePage(login, phone, 2);
	}

	@Test
	void sendCodeWhenCognitoFailsWith5xxThenUnavailableNoSmsAndTheSamePageSignsInOnceItClears() throws Exception {
		String phone = "+12025550168";
		registered(phone);
		fault("cognito", "fail", ",\"count\":50");
		double refused = refused("unavailable");
		LoginPage login = LoginPage.open(this.driver, browser.base()).sendCodeExpectingProblem(phone);
		assertThat(message(login, "unavailable")).isEqualTo(UNAVAILABLE);
		assertThat(login.number()).contains("555").contains("0168");
		assertThat(refused("unavailable")).isEqualTo(refused + 1);
		assertThat(this.cognito.outbox().messages(phone)).isEmpty();
		send("DELETE", "");
		this.clock.advance(Duration.ofMinutes(1));
		signInFromTheSamePage(login, phone, 1);
	}

	@Test
	void sendCodeWhenCognitoIsUnreachableThenUnavailableInTimeNotReadyNoSmsAndTheSamePageSignsInOnceItIsBack()
			throws Exception {
		String phone = "+12025550169";
		registered(phone);
		this.link.cut();
		double refused = refused("unavailable");
		LoginPage login = LoginPage.open(this.driver, browser.base());
		long started = System.nanoTime();
		login.sendCodeExpectingProblem(phone);
		assertThat(message(login, "unavailable")).isEqualTo(UNAVAILABLE);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ANSWER_WITHIN);
		assertThat(login.number()).contains("555").contains("0169");
		assertThat(refused("unavailable")).isEqualTo(refused + 1);
		// the readiness check keeps an answer for 5 s of the app's clock
		this.clock.advance(Duration.ofSeconds(6));
		assertThat(readiness()).isEqualTo(503);
		assertThat(this.cognito.outbox().messages(phone)).isEmpty();
		this.link.mend();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(readiness()).isEqualTo(200);
		signInFromTheSamePage(login, phone, 1);
	}

	/**
	 * SNS throttles or fails for longer than the trigger's SDK retries: the sentence, no
	 * SMS; once SNS is back, the page the person is on sends the code and signs in. (An
	 * unknown number's decoy fails as often as the recent sends did, drawn at random:
	 * SignInUnderSnsFaultsIT shows it with a history of nothing but the failure.)
	 */
	private void smsFaultThenRecovery(String kind, String phone) throws Exception {
		registered(phone);
		fault("sns", kind, ",\"count\":50");
		double refused = refused("sms_failed");
		LoginPage login = LoginPage.open(this.driver, browser.base());
		long started = System.nanoTime();
		login.sendCodeExpectingProblem(phone);
		assertThat(message(login, "could not send")).isEqualTo(SMS_FAILED);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ANSWER_WITHIN);
		assertThat(login.number()).contains("555").contains(phone.substring(phone.length() - 4));
		assertThat(refused("sms_failed")).isEqualTo(refused + 1);
		assertThat(this.cognito.outbox().messages(phone)).isEmpty();
		send("DELETE", "");
		// the failed send counted: the next one waits for the cooldown it started
		this.clock.advance(Duration.ofMinutes(1));
		signInFromTheSamePage(login, phone, 1);
	}

	/** Waits for the page's problem containing {@code expected}, while Vaadin redraws. */
	private String message(LoginPage page, String expected) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until((d) -> page.shownProblems()
				.stream()
				.filter((text) -> text.contains(expected))
				.findFirst()
				.orElse(null));
	}

	private void signInFromTheSamePage(LoginPage login, String phone, int smsInAll) {
		login.click("send-code");
		CodePage code = new CodePage(this.driver);
		String sent = Outbox.at(this.cognito.pool().endpoint()).latestCode(phone);
		assertThat(code.enter(sent, ReportsPage::new).welcome()).isEqualTo("Reports for Ada Lovelace");
		assertThat(this.cognito.outbox().messages(phone)).hasSize(smsInAll);
	}

	private void registered(String phone) {
		this.cognitoAuth.signUp(phone, "Ada Lovelace");
		Reporters.add(this.pool, phone);
	}

	private double refused(String reason) {
		var counter = this.meters.getIfAvailable(() -> Metrics.globalRegistry)
			.find("passwordless.codes.refused")
			.tag("reason", reason)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private void fault(String target, String kind, String more) throws Exception {
		assertThat(send("POST", "{\"target\":\"" + target + "\",\"kind\":\"" + kind + "\"" + more + "}"))
			.isEqualTo(200);
	}

	private int send(String method, String json) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.cognito.pool().endpoint() + "/_local/faults"))
			.header("Content-Type", "application/json")
			.method(method,
					json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private int readiness() throws IOException, InterruptedException {
		return HTTP
			.send(HttpRequest.newBuilder(URI.create(browser.base() + "/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	/**
	 * A pool with the fault harness on, reached through a link the tests can cut, and a
	 * clock that stands still unless a test moves it.
	 */
	@TestConfiguration
	static class FaultyPool {

		@Bean
		MovableClock movableClock() {
			return MovableClock.stoppedAt(Instant.now());
		}

		@Bean(destroyMethod = "close")
		LocalCognito faultyCognito(MovableClock clock) {
			LocalCognito cognito = LocalCognito.start(LocalCognitoConfig.inMemory().echoSms(false).faults(true).build(),
					clock);
			// as the launcher does: the app's readiness reads the JWKS before anyone
			// signs in
			cognito.prepareKeys();
			cognito.awaitReady();
			return cognito;
		}

		@Bean(destroyMethod = "close")
		CuttableLink cognitoLink(LocalCognito cognito) {
			return new CuttableLink(cognito.pool().endpoint());
		}

		/** The embedded pool, its calls and signing keys reached through the link. */
		@Bean
		CognitoPool linkedCognitoPool(LocalCognito cognito, CuttableLink link) {
			PoolInfo pool = cognito.pool();
			return new CognitoPool(link.in(pool.endpoint()), pool.region(), pool.userPoolId(), pool.clientId(),
					ClientSecret.of(pool.clientSecret()), pool.issuer(), link.in(pool.jwksUri()), true);
		}

	}

}
