package dev.passwordless.webapp.e2e;

import dev.passwordless.local.LocalCognito;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Create trigger's send limits as a person in the browser meets them. The app's own
 * per-number limit is switched off here, as for requests that reach Cognito another way
 * (another app instance, or the public API directly), so every refusal is the trigger's.
 * The embedded pool is configured through the app's {@code local-cognito.*} properties.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "local-cognito.port=0", "local-cognito.data-directory=",
				"local-cognito.trigger-environment.DAILY_SMS_BUDGET=3", "passwordless.limits.phone-cooldown=0s",
				"passwordless.limits.phone-sends-per-hour=1000", "passwordless.limits.address-sends-per-hour=1000" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmsLimitsIT {

	private static WebDriver driver;

	@LocalServerPort
	private int port;

	@Autowired
	private LocalCognito cognito;

	@BeforeAll
	static void startBrowser() throws Exception {
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		driver.quit();
	}

	@BeforeEach
	void freshVisitor() {
		driver.get(base() + "/frontend-static/styles/app.css");
		driver.manage().deleteAllCookies();
	}

	@Test
	@Order(1)
	void signInWhenTheNumberGotACodeMomentsAgoThenSaysHowLongToWaitAndSendsNothing() {
		RegisterPage.open(driver, base()).register("Ada Lovelace", "+14155550170");
		freshVisitor();
		LoginPage login = LoginPage.open(driver, base()).sendCodeExpectingProblem("+14155550170");
		assertThat(login.messageContaining("Too many codes for this number."))
			.matches("Too many codes for this number\\. Please try again in (29|30) seconds\\.");
		assertThat(this.cognito.outbox().messages("+14155550170")).hasSize(1);
	}

	@Test
	@Order(2)
	void sendCodeWhenTheDailyBudgetIsUsedUpThenNoNumberGetsAnSmsAndTheAnswerIsTheSameForUnknownNumbers() {
		// one SMS went out in the first test; a budget of 3 leaves two
		for (String phone : new String[] { "+14155550180", "+14155550181" }) {
			RegisterPage.open(driver, base()).register("Grace Hopper", phone);
			freshVisitor();
		}
		String refusal = RegisterPage.open(driver, base())
			.registerExpectingProblem("Grace Hopper", "+14155550182")
			.messageContaining("No more codes");
		assertThat(refusal).matches("No more codes can be sent today\\. Please try again in \\d+ (hours|minutes)\\.");
		freshVisitor();
		LoginPage login = LoginPage.open(driver, base()).sendCodeExpectingProblem("+14155550199");
		assertThat(login.messageContaining("No more codes")).isEqualTo(refusal);
		assertThat(this.cognito.outbox().messages("+14155550182")).isEmpty();
		assertThat(this.cognito.outbox().messages("+14155550180")).hasSize(1);
		assertThat(this.cognito.outbox().messages("+14155550181")).hasSize(1);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
