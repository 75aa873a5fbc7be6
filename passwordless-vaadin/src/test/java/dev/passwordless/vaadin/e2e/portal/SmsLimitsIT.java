package dev.passwordless.vaadin.e2e.portal;

import java.time.Duration;
import java.time.Instant;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.local.LocalCognitoConfig;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.pages.CodePage;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.pages.RegisterPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Create trigger's send limits as a person in the browser meets them. The app's own
 * per-number limit is switched off here, as for requests that reach Cognito another way
 * (another app instance), so every refusal is the trigger's: a per-number refusal looks
 * like any code step and sends nothing, the daily budget is refused alike for every
 * number; its cooldown, cap and budget are set explicitly on a pool of the test's own
 * (otherwise the pool's triggers follow the app's settings). The app and the pool share a
 * clock that stands still; each test starts on a day of its own, with a fresh daily
 * budget.
 */
@ActiveProfiles("local")
@SpringBootTest(classes = { ExamplePortal.class, SmsLimitsIT.StillClock.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "passwordless.store.data-directory=", "passwordless.limits.phone-cooldown=0s",
				"passwordless.limits.phone-sends-per-hour=100", "passwordless.limits.address-sends-per-hour=1000" })
class SmsLimitsIT {

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	private final WebDriver driver = browser.driver();

	@Autowired
	private LocalCognito cognito;

	@Autowired
	private MovableClock clock;

	@BeforeEach
	void aDayOfItsOwn() {
		this.clock.advance(Duration.ofDays(1));
	}

	@Test
	void signInWhenTheTriggerRefusesTheNumberThenTheCodeStepLooksAsForAnyNumberAndNothingIsSent() {
		RegisterPage.open(this.driver, browser.base()).register("Ada Lovelace", "+14155550170");
		browser.freshVisitor();
		CodePage refused = LoginPage.open(this.driver, browser.base()).sendCodeTo("+14155550170");
		String refusedStep = refused.sentTo().replace("0170", "####") + " resend:" + refused.resendOffered();
		browser.freshVisitor();
		CodePage unknown = LoginPage.open(this.driver, browser.base()).sendCodeTo("+14155550199");
		String unknownStep = unknown.sentTo().replace("0199", "####") + " resend:" + unknown.resendOffered();
		assertThat(refusedStep).isEqualTo(unknownStep);
		assertThat(this.cognito.outbox().messages("+14155550170")).hasSize(1);
	}

	@Test
	void sendCodeWhenTheDailyBudgetIsUsedUpThenNoNumberGetsAnSmsAndTheAnswerIsTheSameForUnknownNumbers() {
		for (String phone : new String[] { "+14155550180", "+14155550181", "+14155550183" }) {
			RegisterPage.open(this.driver, browser.base()).register("Grace Hopper", phone);
			browser.freshVisitor();
		}
		String refusal = RegisterPage.open(this.driver, browser.base())
			.registerExpectingProblem("Grace Hopper", "+14155550182")
			.messageContaining("No more codes");
		assertThat(refusal).matches("No more codes can be sent today\\. Please try again in \\d+ (hours|minutes)\\.");
		browser.freshVisitor();
		LoginPage login = LoginPage.open(this.driver, browser.base()).sendCodeExpectingProblem("+14155550199");
		assertThat(login.messageContaining("No more codes")).isEqualTo(refusal);
		assertThat(this.cognito.outbox().messages("+14155550182")).isEmpty();
		assertThat(this.cognito.outbox().messages("+14155550180")).hasSize(1);
		assertThat(this.cognito.outbox().messages("+14155550181")).hasSize(1);
		assertThat(this.cognito.outbox().messages("+14155550183")).hasSize(1);
	}

	/** A clock that stands still unless a test moves it, for the app and its pool. */
	@TestConfiguration
	static class StillClock {

		@Bean
		MovableClock movableClock() {
			return MovableClock.stoppedAt(Instant.now());
		}

		@Bean(destroyMethod = "close")
		LocalCognito triggersWithTheirOwnLimits(MovableClock clock) {
			return LocalCognito.start(LocalCognitoConfig.defaults()
				.port(0)
				.dataDirectory(null)
				.echoSms(false)
				.triggerEnvironment("DAILY_SMS_BUDGET", "3")
				// the whole budget is for first-time registrations here: none is kept
				// back for
				// numbers that signed in before (SmsPumpingIT covers the reserve)
				.triggerEnvironment("RESERVED_BUDGET_PERCENT", "0")
				.triggerEnvironment("SEND_COOLDOWN_SECONDS", "30")
				.triggerEnvironment("SENDS_PER_HOUR", "5")
				.build(), clock);
		}

	}

}
