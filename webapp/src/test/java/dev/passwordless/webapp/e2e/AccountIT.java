package dev.passwordless.webapp.e2e;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.passwordless.rules.MovableClock;
import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.pages.CodePage;
import dev.passwordless.testing.pages.HomePage;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.sms.Outbox;
import dev.passwordless.vaadin.admin.CognitoAdministration;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Your account" in a real browser, on the offline default: the browsers someone stays
 * signed in on, named from their user agents, one signed out from another; the recent
 * sign-ins; a new name; a new number with one code, to it; deleting the account after a
 * fresh code; the page in German. Every test has a number of its own.
 */
@OfflineApp
class AccountIT {

	private static int nextNumber = 170;

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension().checkingContentSecurityPolicy();

	private final ChromiumDriver driver = browser.driver();

	@Autowired
	private Outbox sentSms;

	@Autowired
	private CognitoAuthClient cognitoAuth;

	@Autowired
	private MovableClock clock;

	@Autowired
	private CognitoAdministration administration;

	private String phone;

	@BeforeEach
	void aNumberOfItsOwn() {
		this.phone = "+1202555" + String.format("%04d", nextNumber++);
		this.clock.advance(Duration.ofHours(2));
		this.cognitoAuth.signUp(this.phone, "Ada Account", "en");
		visit(ScreenSize.DESKTOP, "en-US,en");
	}

	@AfterEach
	void desktopAgain() {
		ScreenSize.DESKTOP.apply(browser.driver(), "en-US,en");
	}

	@Test
	void devicesWhenStayingSignedInOnAPhoneAndADesktopThenBothNamedAndThePhoneSignedOutFromTheDesktop()
			throws Exception {
		// the phone: what its browser says it is (at the desktop's size, which changes
		// nothing here)
		ScreenSize.userAgent(browser.driver(), ScreenSize.PHONE_AGENT, "en-US,en");
		signInStayingSignedIn();
		List<Cookie> phoneCookies = List.copyOf(this.driver.manage().getCookies());
		this.clock.advance(Duration.ofMinutes(2));

		visit(ScreenSize.DESKTOP, "en-US,en");
		signInStayingSignedIn().click("nav-account");
		AccountPage account = new AccountPage(this.driver);
		assertThat(account.devices()).hasSize(2);
		assertThat(account.devices().get(0)).startsWith("Chrome on Linux").contains("This device");
		assertThat(account.devices().get(1)).startsWith("Chrome Mobile on Android").doesNotContain("This device");
		Screens.check(this.driver, "account", ScreenSize.DESKTOP);

		account.signOutDevice("Chrome Mobile on Android");

		browser.freshVisitor();
		ScreenSize.userAgent(browser.driver(), ScreenSize.PHONE_AGENT, "en-US,en");
		this.driver.get(browser.base() + "/passwordless/sign-in.css");
		phoneCookies.forEach(this.driver.manage()::addCookie);
		this.driver.get(browser.base() + "/");
		assertThat(new LoginPage(this.driver)).as("the phone's cookie no longer signs in").isNotNull();
	}

	@Test
	void signInsWhenSignedInTwiceThenBothListedNewestFirstAndNotYouSignsOutEverywhere() {
		signIn().signOut();
		this.clock.advance(Duration.ofMinutes(5));
		signIn();

		AccountPage.open(this.driver, browser.base());
		waitUntil(() -> {
			this.driver.navigate().refresh();
			return new AccountPage(this.driver).signIns().size() >= 2;
		});
		assertThat(new AccountPage(this.driver).signIns())
			.allSatisfy((signIn) -> assertThat(signIn).contains("Chrome on Linux", "127.0.0.0/24", "with a code"));

		this.driver.findElement(By.id("not-you")).click();
		assertThat(new LoginPage(this.driver).messageContaining("signed out")).isEqualTo("You have signed out.");
	}

	@Test
	void nameWhenChangedThenSavedAndTheNextSignInShowsIt() {
		signIn();
		AccountPage account = AccountPage.open(this.driver, browser.base());

		assertThat(account.rename("  Ada   King ").nameOutcome()).startsWith("Name saved.");
		this.driver.get(browser.base() + "/");
		new HomePage(this.driver).signOut();
		this.clock.advance(Duration.ofMinutes(1));

		assertThat(signIn().userName()).isEqualTo("Ada King");
	}

	@Test
	void numberWhenChangedRightAfterSigningInThenOneCodeToTheNewNumberNoneToTheOldAndTheNewOneSignsInToTheSameAccount() {
		String newNumber = "+1202555" + String.format("%04d", nextNumber++);
		OfflinePool.joinThePortalGroup(this.administration, this.phone);
		signIn();
		AccountPage account = AccountPage.open(this.driver, browser.base());
		int toOld = this.sentSms.messagesTo(this.phone).size();
		int toNew = this.sentSms.messagesTo(newNumber).size();

		account.click("change-number");
		account.type("phone", OfflinePool.national(newNumber));
		account.click("number-next");
		account.waitForStep("We sent a code to your new number, " + newNumber);
		assertThat(this.sentSms.messagesTo(newNumber)).as("one code to the new number").hasSize(toNew + 1);
		assertThat(this.sentSms.messagesTo(this.phone)).as("none to the old number").hasSize(toOld);
		account.type("number-code", this.sentSms.latestCode(newNumber));
		account.click("number-next");

		assertThat(new AccountPage(this.driver).text("number-outcome")).startsWith("Your number is now " + newNumber);
		assertThat(this.driver.findElement(By.id("account-number")).getText()).isEqualTo(newNumber);
		assertThat(this.sentSms.messagesTo(this.phone)).as("still none to the old number").hasSize(toOld);
		this.driver.get(browser.base() + "/");
		new HomePage(this.driver).signOut();

		this.clock.advance(Duration.ofMinutes(5));
		LoginPage.open(this.driver, browser.base()).sendCodeTo(this.phone);
		assertThat(this.sentSms.messagesTo(this.phone)).as("the old number is an unknown number").hasSize(toOld);
		HomePage home = LoginPage.open(this.driver, browser.base())
			.sendCodeTo(newNumber)
			.enter(this.sentSms.latestCode(newNumber), HomePage::new);
		assertThat(home.userName()).isEqualTo("Ada Account");
		assertThat(home.text("nav-portal")).as("still in the portal's group").isNotBlank();
	}

	@Test
	void numberWhenTheSignInIsNoLongerFreshThenAStepUpCodeFirstAndThenTheNewNumbersCode() {
		String newNumber = "+1202555" + String.format("%04d", nextNumber++);
		signIn();
		this.clock.advance(Duration.ofMinutes(16));
		AccountPage.open(this.driver, browser.base()).click("change-number");

		CodePage stepUp = new CodePage(this.driver);
		assertThat(stepUp.text("step-up")).isEqualTo("To continue, confirm that it is you with a new code.");
		AccountPage account = stepUp.enter(latestCode(), AccountPage::new);
		account.type("phone", OfflinePool.national(newNumber));
		account.click("number-next");
		account.waitForStep("We sent a code to your new number, " + newNumber);
		account.type("number-code", this.sentSms.latestCode(newNumber));
		account.click("number-next");
		assertThat(new AccountPage(this.driver).text("number-outcome")).startsWith("Your number is now " + newNumber);
	}

	@Test
	void deleteWhenConfirmedWithAFreshCodeThenSignedOutAndTheNumberIsUnknownAfterwards() {
		signIn();
		this.clock.advance(Duration.ofMinutes(16));
		AccountPage.open(this.driver, browser.base()).click("delete-account");

		CodePage stepUp = new CodePage(this.driver);
		assertThat(stepUp.text("step-up")).isEqualTo("To continue, confirm that it is you with a new code.");
		stepUp.enter(latestCode(), AccountPage::new).click("confirm-delete-account");

		assertThat(new LoginPage(this.driver).messageContaining("deleted"))
			.isEqualTo("Your account is deleted, and you are signed out everywhere.");
		this.clock.advance(Duration.ofMinutes(5));
		int sent = this.sentSms.messagesTo(this.phone).size();
		LoginPage.open(this.driver, browser.base()).sendCodeTo(this.phone);
		assertThat(this.sentSms.messagesTo(this.phone)).as("an unknown number gets no SMS").hasSize(sent);
	}

	@Test
	void accountWhenTheBrowserAsksForGermanThenInGermanOnAPhone() throws Exception {
		visit(ScreenSize.PHONE, "de-DE,de");
		LoginPage.open(this.driver, browser.base()).sendCodeTo(this.phone).enter(latestCode(), HomePage::new);
		AccountPage.open(this.driver, browser.base());

		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ihr Konto");
		assertThat(this.driver.findElement(By.id("this-browser")).getText())
			.startsWith("Dieser Browser bleibt nicht angemeldet");
		assertThat(this.driver.findElement(By.id("delete-account")).getText()).isEqualTo("Mein Konto löschen");
		Screens.check(this.driver, "account-de", ScreenSize.PHONE);
		new AccountPage(this.driver).click("change-number");
		new AccountPage(this.driver).waitForStep("Ihre neue Handynummer. Wir schicken einen Code an sie");
		assertThat(this.driver.findElement(By.id("number-next")).getText()).isEqualTo("Code schicken");
	}

	private HomePage signIn() {
		return LoginPage.open(this.driver, browser.base()).sendCodeTo(this.phone).enter(latestCode(), HomePage::new);
	}

	private HomePage signInStayingSignedIn() {
		return LoginPage.open(this.driver, browser.base())
			.sendCodeTo(this.phone)
			.staySignedIn()
			.enter(latestCode(), HomePage::new);
	}

	private void visit(ScreenSize size, String acceptLanguage) {
		browser.freshVisitor();
		size.apply(browser.driver(), acceptLanguage);
	}

	private void waitUntil(BooleanSupplier condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((driver) -> condition.getAsBoolean());
	}

	private String latestCode() {
		return this.sentSms.latestCode(this.phone);
	}

}
