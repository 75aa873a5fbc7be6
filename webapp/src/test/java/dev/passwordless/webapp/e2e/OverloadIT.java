package dev.passwordless.webapp.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.passwordless.rules.MovableClock;
import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.pages.CodePage;
import dev.passwordless.testing.pages.HomePage;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.sms.Outbox;
import dev.passwordless.vaadin.admission.AdmissionProperties;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance past its capacity (issue 23): as many requests in progress as
 * {@code passwordless.admission.busy-at} allows, held by the tests. A browser opening the
 * sign-in page is turned away with the wait in its language, accessible at a phone's and
 * a desktop's size; its "Try again" turns it away again while the instance is busy and
 * leads to the sign-in once there is room. A sign-in whose code was already sent finishes
 * meanwhile, with one SMS, while someone else opening the page is turned away.
 */
@OfflineApp
class OverloadIT {

	private static final String BUSY_DE = "Die Anmeldung ist gerade ausgelastet. Bitte versuchen Sie es in 10 Sekunden erneut.";

	private static final String TRY_AGAIN_DE = "Erneut versuchen";

	private static final String BUSY_EN = "Sign-in is busy right now. Please try again in 10 seconds.";

	private static int nextNumber = 190;

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension().checkingContentSecurityPolicy();

	private final ChromeDriver driver = browser.driver();

	@Autowired
	private HeldRequests held;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private AdmissionProperties settings;

	@Autowired
	private Outbox sentSms;

	@Autowired
	private CognitoAuthClient cognitoAuth;

	@Autowired
	private MovableClock clock;

	private String phone;

	@BeforeEach
	void aNumberOfItsOwn() {
		this.phone = "+1303555" + String.format("%04d", nextNumber++);
		this.clock.advance(Duration.ofHours(2));
		this.cognitoAuth.signUp(this.phone, "Ada Overload", "en");
	}

	@AfterEach
	void desktopAgainAndNothingHeld() {
		this.held.releaseAll();
		ScreenSize.DESKTOP.apply(this.driver, "en-US,en");
	}

	@Test
	void signInPageWhenTheInstanceIsBusyThenTurnedAwayInGermanAndTryAgainSignsInOnceThereIsRoom() throws Exception {
		browser.freshVisitor();
		ScreenSize.PHONE.apply(this.driver, "de-DE,de");
		try (HeldRequests.Busy busy = busy()) {
			this.driver.get(browser.base() + "/login");
			assertThat(this.driver.findElement(By.id("message")).getText()).isEqualTo(BUSY_DE);
			assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
			Screens.check(this.driver, "busy-de", ScreenSize.PHONE);
			ScreenSize.DESKTOP.apply(this.driver, "de-DE,de");
			this.driver.navigate().refresh();
			assertThat(this.driver.findElement(By.id("message")).getText()).isEqualTo(BUSY_DE);
			Screens.check(this.driver, "busy-de", ScreenSize.DESKTOP);
			double turnedAway = turnedAway();
			this.driver.findElement(By.linkText(TRY_AGAIN_DE)).click();
			new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> turnedAway() > turnedAway);
			assertThat(this.driver.findElement(By.id("message")).getText()).as("still busy").isEqualTo(BUSY_DE);
		}

		this.driver.findElement(By.linkText(TRY_AGAIN_DE)).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("send-code")));
		HomePage home = new LoginPage(this.driver).sendCodeTo(this.phone).enter(latestCode(), HomePage::new);
		assertThat(home.userName()).isEqualTo("Ada Overload");
		assertThat(this.sentSms.messagesTo(this.phone)).hasSize(1);
	}

	@Test
	void codePageWhenTheInstanceBecomesBusyThenThatSignInFinishesWithOneSmsAndNewcomersAreTurnedAway()
			throws Exception {
		browser.freshVisitor();
		ScreenSize.DESKTOP.apply(this.driver, "en-US,en");
		CodePage code = LoginPage.open(this.driver, browser.base()).sendCodeTo(this.phone);

		try (HeldRequests.Busy busy = busy()) {
			HttpResponse<String> newcomer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(browser.base() + "/login"))
					.header("Accept-Language", "en-GB,en;q=0.9")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(newcomer.statusCode()).isEqualTo(503);
			assertThat(newcomer.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(newcomer.headers().firstValue("Set-Cookie")).as("no session for a newcomer turned away")
				.isEmpty();
			assertThat(newcomer.body()).contains(BUSY_EN);

			HomePage home = code.enter(latestCode(), HomePage::new);
			assertThat(home.userName()).isEqualTo("Ada Overload");
		}
		assertThat(this.sentSms.messagesTo(this.phone)).hasSize(1);
	}

	private HeldRequests.Busy busy() throws InterruptedException {
		return this.held.hold(URI.create(browser.base()), this.settings.busyAt());
	}

	private double turnedAway() {
		return this.meters.counter("passwordless.sign-ins.turned-away").count();
	}

	private String latestCode() {
		return this.sentSms.latestCode(this.phone);
	}

}
