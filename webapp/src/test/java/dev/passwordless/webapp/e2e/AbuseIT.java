package dev.passwordless.webapp.e2e;

import java.time.Duration;

import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.SendLimits;
import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.pages.CodePage;
import dev.passwordless.testing.pages.HomePage;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.pages.Page;
import dev.passwordless.testing.pages.RegisterPage;
import dev.passwordless.testing.sms.Outbox;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks of the second abuse review, replayed in a real browser against the web app
 * on the offline default, each now failing: a copied stay-signed-in cookie used for one
 * request, a stranger asking for someone's codes from fresh sessions, and a recycled
 * number registered again. Every test has a number of its own (+1 202 555 01xx).
 */
@OfflineApp
class AbuseIT {

	private static final String REMEMBER_ME = "passwordless-remember-me";

	private static int nextNumber = 150;

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	private final WebDriver driver = browser.driver();

	@LocalServerPort
	private int port;

	@Autowired
	private Outbox sentSms;

	@Autowired
	private CognitoAuthClient cognitoAuth;

	@Autowired
	private MovableClock clock;

	private String phone;

	@BeforeEach
	void aNumberOfItsOwn() {
		this.phone = "+1202555" + String.format("%04d", nextNumber++);
		// past any cooldown an earlier test left on the shared clock
		this.clock.advance(Duration.ofHours(2));
	}

	@Test
	void copiedCookieWhenUsedForOneRequestAndTheOwnerSignsOutEverywhereThenThatSessionEndsToo() {
		this.cognitoAuth.signUp(this.phone, "Ada Owner", "en");
		LoginPage.open(this.driver, base()).sendCodeTo(this.phone).staySignedIn().enter(latestCode(), HomePage::new);
		Cookie owners = this.driver.manage().getCookieNamed("JSESSIONID");
		Cookie copied = this.driver.manage().getCookieNamed(REMEMBER_ME);

		// the thief: one request with the copied cookie opens a session of its own
		onAStaticPage();
		this.driver.manage().deleteAllCookies();
		this.driver.manage().addCookie(copied);
		this.driver.get(base() + "/");
		new HomePage(this.driver);
		Cookie thiefs = this.driver.manage().getCookieNamed("JSESSIONID");

		// the owner signs out everywhere
		onAStaticPage();
		this.driver.manage().deleteAllCookies();
		this.driver.manage().addCookie(owners);
		this.driver.get(base() + "/");
		new HomePage(this.driver).signOutEverywhere();
		// every instance reads a user's moment at most every few seconds
		this.clock.advance(Duration.ofSeconds(6));

		onAStaticPage();
		this.driver.manage().deleteAllCookies();
		this.driver.manage().addCookie(thiefs);
		this.driver.get(base() + "/");
		assertThat(new LoginPage(this.driver)).as("the thief's session, which made a single request").isNotNull();
	}

	@Test
	void sendCodeWhenAStrangerAsksForSomeonesNumberFromFreshSessionsThenTheOwnersBrowserStillGetsACode() {
		this.cognitoAuth.signUp(this.phone, "Grace Owner", "en");
		LoginPage.open(this.driver, base()).sendCodeTo(this.phone).enter(latestCode(), HomePage::new).signOut();
		Cookie ownersDevice = this.driver.manage().getCookieNamed("passwordless-device");
		assertThat(ownersDevice).as("the owner's browser is known for the number").isNotNull();

		// everything here comes from 127.0.0.1: the owner's first code, asked before the
		// browser was known, used one of this requester's codes for the number
		for (int i = 1; i < SendLimits.DEFAULT_SENDS_PER_HOUR; i++) {
			this.clock.advance(SendLimits.DEFAULT_COOLDOWN.plusSeconds(1));
			freshVisitor();
			LoginPage.open(this.driver, base()).sendCodeTo(this.phone);
		}
		this.clock.advance(SendLimits.DEFAULT_COOLDOWN.plusSeconds(1));
		freshVisitor();
		assertThat(LoginPage.open(this.driver, base())
			.sendCodeExpectingProblem(this.phone)
			.messageContaining("Too many codes for this number")).startsWith("Too many codes for this number.");
		int sent = this.sentSms.messagesTo(this.phone).size();

		freshVisitor();
		this.driver.manage().addCookie(ownersDevice);
		CodePage code = LoginPage.open(this.driver, base()).sendCodeTo(this.phone);
		assertThat(this.sentSms.messagesTo(this.phone)).hasSize(sent + 1);
		assertThat(code.enter(latestCode(), HomePage::new).userName()).isEqualTo("Grace Owner");
	}

	@Test
	void registerWhenTheNumberHasAnAccountThenAfterTheCodeThePersonIsAskedAndNotSignedInToIt() {
		this.cognitoAuth.signUp(this.phone, "Alice Example", "en");

		RegisterPage.open(this.driver, base())
			.register("Bob NewOwner", this.phone)
			.enter(latestCode(), ExistingAccountPage::new)
			.notMine();

		assertThat(new LoginPage(this.driver).messageContaining("You are not signed in"))
			.isEqualTo("You are not signed in. If this number was given to you recently, ask the portal's "
					+ "administrator for an account of your own.");
		this.driver.get(base() + "/");
		assertThat(new LoginPage(this.driver)).as("not signed in to Alice's account").isNotNull();
	}

	@Test
	void registerWhenTheNumberHasAnAccountAndThePersonSaysItIsTheirsThenSignedInToThatAccount() {
		this.cognitoAuth.signUp(this.phone, "Carol Example", "en");

		HomePage home = RegisterPage.open(this.driver, base())
			.register("Carol Example", this.phone)
			.enter(latestCode(), ExistingAccountPage::new)
			.continueToIt();

		assertThat(home.userName()).isEqualTo("Carol Example");
	}

	private void freshVisitor() {
		onAStaticPage();
		this.driver.manage().deleteAllCookies();
	}

	private void onAStaticPage() {
		this.driver.get(base() + "/passwordless/sign-in.css");
	}

	private String latestCode() {
		return this.sentSms.latestCode(this.phone);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	/** "An account exists for this number": the person says whether it is theirs. */
	static final class ExistingAccountPage extends Page {

		ExistingAccountPage(WebDriver driver) {
			super(driver, "continue-existing");
		}

		HomePage continueToIt() {
			click("continue-existing");
			return new HomePage(this.driver);
		}

		LoginPage notMine() {
			click("not-mine");
			return new LoginPage(this.driver);
		}

	}

}
