package dev.passwordless.webapp.e2e;

import java.time.Duration;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.browser.RecordingProxy;
import dev.passwordless.testing.pages.HomePage;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.pages.Page;
import dev.passwordless.testing.sms.Outbox;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in a real browser: Chromium's WebAuthn driven by Selenium's virtual
 * authenticator (a platform authenticator with user verification, as a laptop's
 * fingerprint reader), against the embedded local Cognito's own WebAuthn checks. Through
 * a proxy that keeps every response, to check that no token or Cognito session reached
 * the browser. Every test has a number of its own.
 */
@OfflineApp
class PasskeysIT {

	private static final String FAILED = "That passkey did not sign you in. You can get a code by SMS instead.";

	private static int nextNumber = 140;

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension().checkingContentSecurityPolicy();

	private static RecordingProxy proxy;

	private final ChromiumDriver driver = browser.driver();

	@Autowired
	private LocalCognito cognito;

	@Autowired
	private Outbox sentSms;

	@Autowired
	private CognitoAuthClient cognitoAuth;

	@Autowired
	private MovableClock clock;

	@Autowired
	private SecretsSeen secrets;

	@Autowired
	private MeterRegistry meters;

	@LocalServerPort
	private int port;

	private VirtualAuthenticator authenticator;

	private String phone;

	@BeforeEach
	void aNumberOfItsOwn() {
		this.phone = "+1202555" + String.format("%04d", nextNumber++);
		this.clock.advance(Duration.ofHours(2));
		this.cognitoAuth.signUp(this.phone, "Ada Passkey", "en");
		this.secrets.secrets.add(this.cognito.pool().clientSecret());
		browser.freshVisitor();
	}

	@AfterEach
	void noAuthenticatorLeftAndNothingSecretReachedTheBrowser() {
		if (this.authenticator != null) {
			this.driver.removeVirtualAuthenticator(this.authenticator);
			this.authenticator = null;
		}
		assertThat(this.secrets.reachedTheBrowser(proxy, this.driver)).as("secrets that reached the browser").isEmpty();
	}

	@AfterAll
	static void stopTheProxy() {
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	void passkeyWhenAddedAfterAnSmsSignInThenTheNextSignInSendsNoSmsAndOnceRemovedTheNextIsBySms() throws Exception {
		this.authenticator = this.driver.addVirtualAuthenticator(fingerprintReader(true));
		PasskeyOfferPage offer = LoginPage.open(this.driver, base())
			.sendCodeTo(this.phone)
			.enter(latestCode(), PasskeyOfferPage::new);
		assertThat(offer.text("passkey-offer-title")).isEqualTo("Sign in faster next time with a passkey");
		Screens.check(this.driver, "passkey-offer", ScreenSize.DESKTOP);
		HomePage home = offer.create();
		assertThat(home.userName()).isEqualTo("Ada Passkey");
		assertThat(this.authenticator.getCredentials()).hasSize(1);
		home.signOut();
		int smsBefore = this.sentSms.messagesTo(this.phone).size();
		double succeededBefore = passkeySignIns();

		LoginPage.open(this.driver, base()).signInWithPasskey(this.phone);
		home = new HomePage(this.driver);

		assertThat(home.userName()).isEqualTo("Ada Passkey");
		assertThat(this.sentSms.messagesTo(this.phone)).as("no SMS for a passkey sign-in").hasSize(smsBefore);
		assertThat(passkeySignIns()).isEqualTo(succeededBefore + 1);
		AccountPage account = AccountPage.open(this.driver, base());
		assertThat(account.passkeys()).singleElement().asString().contains("last used");
		assertThat(account.signIns().getFirst()).contains("with a passkey");
		Screens.check(this.driver, "account-passkeys", ScreenSize.DESKTOP);

		account.removeFirstPasskey();
		assertThat(account.passkeys()).isEmpty();
		this.driver.get(base() + "/");
		new HomePage(this.driver).signOut();

		LoginPage login = LoginPage.open(this.driver, base()).signInWithPasskey(this.phone);
		assertThat(login.messageContaining("passkey")).isEqualTo(FAILED);
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(login.sendCodeTo(this.phone).enter(latestCode(), HomePage::new).userName()).as("the SMS path stays")
			.isEqualTo("Ada Passkey");
	}

	@Test
	void passkeyWhenASecondBrowserHasNoneThenOneSentenceAndTheSmsPathSignsIn() {
		signedOutWithAPasskeyMade();
		this.driver.removeVirtualAuthenticator(this.authenticator);
		browser.freshVisitor();
		this.authenticator = this.driver.addVirtualAuthenticator(fingerprintReader(true));
		this.clock.advance(Duration.ofMinutes(1));

		LoginPage login = LoginPage.open(this.driver, base()).signInWithPasskey(this.phone);

		assertThat(login.messageContaining("passkey")).isEqualTo(FAILED);
		assertThat(login.number()).as("the number stays").isNotBlank();
		assertThat(login.sendCodeTo(this.phone).enter(latestCode(), PasskeyOfferPage::new).notNow().userName())
			.isEqualTo("Ada Passkey");
	}

	@Test
	void passkeyWhenThePersonCancelsTheCeremonyThenOneSentenceAndSendCodeStillWorks() {
		signedOutWithAPasskeyMade();
		this.authenticator.setUserVerified(false);
		this.clock.advance(Duration.ofMinutes(1));

		LoginPage login = LoginPage.open(this.driver, base()).signInWithPasskey(this.phone);

		assertThat(login.messageContaining("passkey")).isEqualTo(FAILED);
		assertThat(login.sendCodeTo(this.phone).enter(latestCode(), HomePage::new).userName())
			.as("offered once only: not again after a passkey was made here")
			.isEqualTo("Ada Passkey");
	}

	@Test
	void passkeyWhenTheNumberHasNoAccountThenTheSameSentenceAsForAnyFailedPasskey() {
		this.authenticator = this.driver.addVirtualAuthenticator(fingerprintReader(true));
		String unknown = "+1202555" + String.format("%04d", nextNumber++);

		LoginPage login = LoginPage.open(this.driver, base()).signInWithPasskey(unknown);

		assertThat(login.messageContaining("passkey")).isEqualTo(FAILED);
		assertThat(this.sentSms.messagesTo(unknown)).isEmpty();
	}

	@Test
	void offerWhenTheBrowserAsksForGermanOnAPhoneThenInGermanAndAccessible() throws Exception {
		ScreenSize.PHONE.apply(browser.driver(), "de-DE,de");
		try {
			this.authenticator = this.driver.addVirtualAuthenticator(fingerprintReader(true));
			PasskeyOfferPage offer = LoginPage.open(this.driver, base())
				.sendCodeTo(this.phone)
				.enter(latestCode(), PasskeyOfferPage::new);

			assertThat(offer.text("passkey-offer-title"))
				.isEqualTo("Nächstes Mal schneller anmelden: mit einem Passkey");
			assertThat(offer.text("create-passkey")).isEqualTo("Passkey erstellen");
			Screens.check(this.driver, "passkey-offer-de", ScreenSize.PHONE);
			offer.notNow().signOut();
			assertThat(LoginPage.open(this.driver, base()).text("sign-in-with-passkey"))
				.isEqualTo("Mit einem Passkey anmelden");
		}
		finally {
			ScreenSize.DESKTOP.apply(browser.driver(), "en-US,en");
		}
	}

	@Test
	void offerWhenASessionRestoredByStaySignedInOpensItThenHomeAndNoPasskeyIsMade() {
		this.authenticator = this.driver.addVirtualAuthenticator(fingerprintReader(true));
		LoginPage.open(this.driver, base())
			.sendCodeTo(this.phone)
			.staySignedIn()
			.enter(latestCode(), PasskeyOfferPage::new)
			.notNow();
		Cookie rememberMe = this.driver.manage().getCookieNamed("passwordless-remember-me");
		browser.freshVisitor();
		this.driver.get(base() + "/passwordless/sign-in.css");
		this.driver.manage().addCookie(rememberMe);

		this.driver.get(base() + "/passkey-offer");

		assertThat(new HomePage(this.driver).userName()).as("restored, and sent on").isEqualTo("Ada Passkey");
		assertThat(this.driver.getCurrentUrl()).doesNotContain("passkey-offer");
		assertThat(this.authenticator.getCredentials()).isEmpty();
	}

	@Test
	void offerWhenDeclinedThenNotOfferedAgainOnThisBrowser() {
		this.authenticator = this.driver.addVirtualAuthenticator(fingerprintReader(true));
		LoginPage.open(this.driver, base())
			.sendCodeTo(this.phone)
			.enter(latestCode(), PasskeyOfferPage::new)
			.notNow()
			.signOut();
		this.clock.advance(Duration.ofMinutes(1));

		HomePage home = LoginPage.open(this.driver, base()).sendCodeTo(this.phone).enter(latestCode(), HomePage::new);

		assertThat(home.userName()).isEqualTo("Ada Passkey");
	}

	/**
	 * A platform authenticator with user verification, as a laptop's fingerprint reader.
	 */
	private static VirtualAuthenticatorOptions fingerprintReader(boolean verifies) {
		return new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(verifies)
			.setIsUserConsenting(true);
	}

	/**
	 * This browser gets a fingerprint reader, signs in by code, makes a passkey when
	 * offered, and signs out.
	 */
	private void signedOutWithAPasskeyMade() {
		this.authenticator = this.driver.addVirtualAuthenticator(fingerprintReader(true));
		LoginPage.open(this.driver, base())
			.sendCodeTo(this.phone)
			.enter(latestCode(), PasskeyOfferPage::new)
			.create()
			.signOut();
	}

	private double passkeySignIns() {
		return this.meters.counter("passwordless.passkeys.ceremonies", "kind", "sign_in", "outcome", "succeeded")
			.count();
	}

	private String latestCode() {
		return this.sentSms.latestCode(this.phone);
	}

	/** The app as the browser sees it: through the recording proxy. */
	private String base() {
		if (proxy == null) {
			proxy = new RecordingProxy(this.port);
		}
		return proxy.base();
	}

	/** "Sign in faster next time with a passkey". */
	static final class PasskeyOfferPage extends Page {

		PasskeyOfferPage(WebDriver driver) {
			super(driver, "create-passkey");
		}

		HomePage create() {
			click("create-passkey");
			return new HomePage(this.driver);
		}

		HomePage notNow() {
			click("not-now");
			return new HomePage(this.driver);
		}

	}

}
