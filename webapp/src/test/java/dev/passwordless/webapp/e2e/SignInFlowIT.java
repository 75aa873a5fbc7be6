package dev.passwordless.webapp.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.SendLimits;
import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.browser.RecordingProxy;
import dev.passwordless.testing.pages.CodePage;
import dev.passwordless.testing.pages.HomePage;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.pages.RegisterPage;
import dev.passwordless.testing.sms.Outbox;
import dev.passwordless.vaadin.admin.CognitoAdministration;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.security.CognitoRememberMeServices;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end in a real headless Chromium against the app on the offline default (embedded
 * local Cognito, real triggers, real SDK), reading codes from the SMS outbox. The app and
 * its pool share a clock the tests move; the per-number limits keep their defaults, so a
 * number's next code waits for the cooldown to pass on that clock. The browser reaches
 * the app through a proxy that records every response, so that each test can check that
 * nothing secret reached it.
 */
@OfflineApp
class SignInFlowIT {

	private static final AtomicInteger NUMBERS = new AtomicInteger(100);

	private static final String REMEMBER_ME = "passwordless-remember-me";

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension().checkingContentSecurityPolicy();

	private final WebDriver driver = browser.driver();

	@LocalServerPort
	private int port;

	@Autowired
	private CognitoAdministration administration;

	@Autowired
	private LocalCognito cognito;

	@Autowired
	private Outbox sentSms;

	@Autowired
	private MovableClock clock;

	@Autowired
	private SecretsSeen secrets;

	@Autowired
	private CognitoAuthClient cognitoAuth;

	@Autowired
	private MeterRegistry meters;

	private String phone;

	private static RecordingProxy proxy;

	@AfterAll
	static void stopTheProxy() {
		if (proxy != null) {
			proxy.close();
		}
	}

	@BeforeEach
	void aNumberOfItsOwn() {
		this.phone = "+1415555" + String.format("%04d", NUMBERS.incrementAndGet());
		// the app client's secret is one more thing that must never reach the browser
		this.secrets.secrets.add(this.cognito.pool().clientSecret());
	}

	@AfterEach
	void nothingSecretReachedTheBrowser() {
		assertThat(this.secrets.reachedTheBrowser(proxy, this.driver)).as("secrets that reached the browser").isEmpty();
	}

	@Test
	void registerWhenCodeFromTheOutboxIsEnteredThenLandsSignedInOnHome() {
		CodePage code = RegisterPage.open(this.driver, base())
			.register("Ada Lovelace", OfflinePool.national(this.phone));
		assertThat(code.sentTo()).isEqualTo("We sent a code to " + OfflinePool.international(this.phone) + ".");
		HomePage home = code.enter(latestCode(), HomePage::new);
		assertThat(home.userName()).isEqualTo("Ada Lovelace");
		assertThat(home.phone()).isEqualTo("You sign in with " + OfflinePool.international(this.phone) + ".");
	}

	@Test
	void browserWhenSignedInThenReceivedNeitherTokensNorTheCognitoSession() {
		LoginPage.open(this.driver, base()).sendCodeTo(registered()).enter(latestCode(), HomePage::new);
		assertThat(this.secrets.secrets).hasSizeGreaterThanOrEqualTo(4);
		assertThat(proxy.responses).anyMatch((response) -> response.contains("signin/complete"));
		nothingSecretReachedTheBrowser();
	}

	@Test
	void codeFieldWhenShownThenNumericWithOneTimeCodeAutocomplete() {
		CodePage code = RegisterPage.open(this.driver, base()).register("Ada Lovelace", this.phone);
		assertThat(code.attributeOfInput("code", "inputmode")).isEqualTo("numeric");
		assertThat(code.attributeOfInput("code", "autocomplete")).isEqualTo("one-time-code");
	}

	@Test
	void signInWhenRegisteredThenTheNumberAloneAndTheCodeSignIn() {
		register();
		HomePage home = LoginPage.open(this.driver, base()).sendCodeTo(this.phone).enter(latestCode(), HomePage::new);
		assertThat(home.userName()).isEqualTo("Grace Hopper");
	}

	@Test
	void signInWhenCompletedThenTheSessionIdChanges() {
		CodePage code = LoginPage.open(this.driver, base()).sendCodeTo(registered());
		String before = this.driver.manage().getCookieNamed("JSESSIONID").getValue();
		code.enter(latestCode(), HomePage::new);
		assertThat(this.driver.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
	}

	@Test
	void signInWhenNumberIsUnknownThenTheSameScreensAndNoSms() {
		CodePage code = LoginPage.open(this.driver, base()).sendCodeTo(this.phone);
		assertThat(code.sentTo()).startsWith("We sent a code to ");
		assertThat(this.cognito.outbox().messages(this.phone)).isEmpty();
	}

	@Test
	void registerWhenNumberIsAlreadyRegisteredThenTheSameScreensAsANewOneAndTheCodeLeadsToTheQuestion() {
		register();
		CodePage again = RegisterPage.open(this.driver, base()).register("Someone Else", this.phone);
		assertThat(again.sentTo()).startsWith("We sent a code to ");
		// the code proves the number; only then is the person told an account exists for
		// it
		// (AbuseIT follows both answers)
		assertThat(again.enter(latestCode(), AbuseIT.ExistingAccountPage::new).continueToIt().userName())
			.isEqualTo("Grace Hopper");
	}

	@Test
	void codeWhenWrongThenRightThenSignsInAfterSayingTheAttemptsLeft() {
		CodePage code = LoginPage.open(this.driver, base()).sendCodeTo(registered());
		String right = latestCode();
		assertThat(code.enterWrong(OfflinePool.wrong(right)).messageContaining("not right"))
			.contains("2 attempts left");
		assertThat(code.enter(right, HomePage::new).userName()).isEqualTo("Grace Hopper");
	}

	@Test
	void codeWhenCognitoSessionExpiredThenAsksToRequestANewCode() {
		CodePage code = LoginPage.open(this.driver, base()).sendCodeTo(registered());
		String right = latestCode();
		this.clock.advance(Duration.ofMinutes(3));
		assertThat(code.enterWrong(right).messageContaining("took too long"))
			.isEqualTo("This sign-in took too long. Send a new code.");
	}

	@Test
	void resendWhenCountdownIsOverThenANewCodeArrivesAndWorks() {
		CodePage code = LoginPage.open(this.driver, base()).sendCodeTo(registered());
		assertThat(code.resendOffered()).isFalse();
		this.clock.advance(SendLimits.DEFAULT_COOLDOWN);
		code.waitForResendOffer().resend().messageContaining("We sent you a new code.");
		assertThat(this.cognito.outbox().messages(this.phone)).as("the first code and the new one").hasSize(2);
		assertThat(code.enter(latestCode(), HomePage::new).userName()).isEqualTo("Grace Hopper");
	}

	@Test
	void signOutWhenDoneThenTheBackButtonShowsNoSignedInPage() {
		HomePage home = LoginPage.open(this.driver, base()).sendCodeTo(registered()).enter(latestCode(), HomePage::new);
		home.signOut();
		this.driver.navigate().back();
		new LoginPage(this.driver);
		this.driver.get(base() + "/");
		assertThat(new LoginPage(this.driver)).isNotNull();
	}

	@Test
	void staySignedInWhenTickedThenALostSessionIsSignedInAgainByTheCookieWithoutAnSms() {
		CodePage code = LoginPage.open(this.driver, base()).sendCodeTo(registered());
		assertThat(code.staySignedInTicked()).as("off by default").isFalse();
		code.staySignedIn().enter(latestCode(), HomePage::new);
		int sms = this.cognito.outbox().messages(this.phone).size();
		Cookie rememberMe = this.driver.manage().getCookieNamed(REMEMBER_ME);
		assertThat(rememberMe.isHttpOnly()).isTrue();
		assertThat(rememberMe.getSameSite()).isEqualTo("Lax");

		onAStaticPage();
		this.driver.manage().deleteCookieNamed("JSESSIONID");
		this.driver.get(base() + "/");

		assertThat(new HomePage(this.driver).userName()).isEqualTo("Grace Hopper");
		assertThat(this.cognito.outbox().messages(this.phone)).as("no SMS").hasSize(sms);
		assertThat(this.driver.manage().getCookieNamed(REMEMBER_ME).getValue()).as("rotated")
			.isNotEqualTo(rememberMe.getValue());
	}

	@Test
	void staySignedInWhenNotTickedThenNoCookieAndALostSessionMeansSigningInAgain() {
		LoginPage.open(this.driver, base()).sendCodeTo(registered()).enter(latestCode(), HomePage::new);
		assertThat(this.driver.manage().getCookieNamed(REMEMBER_ME)).isNull();
		onAStaticPage();
		this.driver.manage().deleteCookieNamed("JSESSIONID");
		this.driver.get(base() + "/");
		assertThat(new LoginPage(this.driver)).isNotNull();
	}

	@Test
	void signOutEverywhereWhenTwoDevicesStaySignedInThenNeitherCookieSignsIn() {
		LoginPage.open(this.driver, base()).sendCodeTo(registered()).staySignedIn().enter(latestCode(), HomePage::new);
		Cookie first = this.driver.manage().getCookieNamed(REMEMBER_ME);
		onAStaticPage();
		this.driver.manage().deleteAllCookies();
		this.clock.advance(SendLimits.DEFAULT_COOLDOWN);
		HomePage second = LoginPage.open(this.driver, base())
			.sendCodeTo(this.phone)
			.staySignedIn()
			.enter(latestCode(), HomePage::new);
		Cookie secondCookie = this.driver.manage().getCookieNamed(REMEMBER_ME);

		second.signOutEverywhere();

		for (Cookie device : List.of(first, secondCookie)) {
			assertThat(returningWith(device)).as("the sign-in page").endsWith("/login");
		}
	}

	@Test
	void signOutEverywhereWhenAnotherDeviceHasASessionOpenThenThatSessionEndsToo() {
		LoginPage.open(this.driver, base()).sendCodeTo(registered()).enter(latestCode(), HomePage::new);
		Cookie firstDevice = this.driver.manage().getCookieNamed("JSESSIONID");
		onAStaticPage();
		this.driver.manage().deleteAllCookies();
		this.clock.advance(SendLimits.DEFAULT_COOLDOWN);
		LoginPage.open(this.driver, base())
			.sendCodeTo(this.phone)
			.enter(latestCode(), HomePage::new)
			.signOutEverywhere();

		onAStaticPage();
		this.driver.manage().deleteAllCookies();
		this.driver.manage().addCookie(firstDevice);
		this.driver.get(base() + "/");
		assertThat(new LoginPage(this.driver)).as("the first device's open session").isNotNull();
	}

	@Test
	void rememberMeWhenACopiedCookieIsReplayedPastTheGracePeriodAfterTheOwnerUsedItThenEveryDeviceIsSignedOutAndToldSo() {
		LoginPage.open(this.driver, base()).sendCodeTo(registered()).staySignedIn().enter(latestCode(), HomePage::new);
		Cookie copied = this.driver.manage().getCookieNamed(REMEMBER_ME);
		onAStaticPage();
		this.driver.manage().deleteCookieNamed("JSESSIONID");
		this.driver.get(base() + "/");
		new HomePage(this.driver);
		Cookie owners = this.driver.manage().getCookieNamed(REMEMBER_ME);
		// the token the owner's visit replaced is honoured for a few seconds (a request
		// that left before the new cookie came back); a copy used later is a theft
		this.clock.advance(CognitoRememberMeServices.ROTATION_GRACE.plusSeconds(1));

		assertThat(returningWith(copied)).contains("sign-in-again");
		assertThat(new LoginPage(this.driver).messageContaining("signed out on every device"))
			.isEqualTo("For your security you were signed out on every device. Please sign in again.");
		assertThat(returningWith(owners)).as("the owner's own cookie too").endsWith("/login");
	}

	@Test
	void rememberMeWhenCognitoNoLongerKnowsTheRefreshTokenThenTheSignInPageAndTheCookieIsGone() {
		LoginPage.open(this.driver, base()).sendCodeTo(registered()).staySignedIn().enter(latestCode(), HomePage::new);
		Cookie rememberMe = this.driver.manage().getCookieNamed(REMEMBER_ME);
		double refused = this.meters.counter("passwordless.remember-me.restores", "outcome", "refused").count();
		this.administration.signOutEverywhere(this.phone);

		assertThat(returningWith(rememberMe)).endsWith("/login");
		assertThat(this.driver.manage().getCookieNamed(REMEMBER_ME)).as("cancelled").isNull();
		assertThat(this.meters.counter("passwordless.remember-me.restores", "outcome", "refused").count())
			.isEqualTo(refused + 1);
		assertThat(returningWith(rememberMe)).as("its record is gone too").endsWith("/login");
	}

	@Test
	void rememberMeWhenTheCookieIsGarbageThenTheSignInPageAndTheCookieIsCancelled() {
		Cookie garbage = new Cookie(REMEMBER_ME, "not-a-remember-me-cookie", "/");
		assertThat(returningWith(garbage)).endsWith("/login");
		assertThat(this.driver.manage().getCookieNamed(REMEMBER_ME)).as("cancelled").isNull();
	}

	@Test
	void rememberMeWhenTheTokenIsAlteredThenTheftIsDetectedAndTheOwnersCookieNoLongerSignsIn() {
		LoginPage.open(this.driver, base()).sendCodeTo(registered()).staySignedIn().enter(latestCode(), HomePage::new);
		Cookie owners = this.driver.manage().getCookieNamed(REMEMBER_ME);
		String[] seriesAndToken = new String(Base64.getDecoder().decode(owners.getValue()), StandardCharsets.UTF_8)
			.split(":");
		String altered = Base64.getEncoder()
			.encodeToString((seriesAndToken[0] + ":" + "AAAA" + seriesAndToken[1].substring(4))
				.getBytes(StandardCharsets.UTF_8));

		assertThat(returningWith(new Cookie(REMEMBER_ME, altered, "/"))).contains("sign-in-again");
		assertThat(returningWith(owners)).as("every record of the user is gone").endsWith("/login");
	}

	@Test
	void rememberMeWhenTheRecordOutlivedItsValidityThenTheSignInPageAndTheRecordIsGone() {
		LoginPage.open(this.driver, base()).sendCodeTo(registered()).staySignedIn().enter(latestCode(), HomePage::new);
		Cookie rememberMe = this.driver.manage().getCookieNamed(REMEMBER_ME);
		this.clock.advance(Duration.ofDays(30).plusSeconds(1));

		assertThat(returningWith(rememberMe)).endsWith("/login");
		assertThat(this.driver.manage().getCookieNamed(REMEMBER_ME)).as("cancelled").isNull();
	}

	@Test
	void healthWhenAskedWithoutSigningInThenLivenessAndReadinessAnswerWithoutDetailsAndNothingElseIsPublic()
			throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health")) {
			HttpResponse<String> answer = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + probe)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(probe).isEqualTo(200);
			assertThat(answer.body()).as(probe)
				.contains("\"status\":\"UP\"")
				.doesNotContain("components", "details", "passwordlessDatabase", "cognito");
		}
		for (String other : List.of("/actuator/env", "/actuator/metrics", "/actuator/configprops", "/actuator/beans",
				"/actuator/health/passwordlessDatabase")) {
			HttpResponse<String> answer = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + other)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(other).isNotEqualTo(200);
		}
	}

	@Test
	void metricsWhenACodeIsSentAndASignInSucceedsThenCountedWithFixedTagsOnly() {
		String phone = registered();
		double sent = this.meters.counter("passwordless.codes.sent").count();
		double signedIn = this.meters.counter("passwordless.sign-ins", "outcome", "succeeded").count();
		LoginPage.open(this.driver, base()).sendCodeTo(phone).enter(latestCode(), HomePage::new);
		assertThat(this.meters.counter("passwordless.codes.sent").count()).isGreaterThan(sent);
		assertThat(this.meters.counter("passwordless.sign-ins", "outcome", "succeeded").count())
			.isEqualTo(signedIn + 1);
		assertThat(this.meters.getMeters()).filteredOn((meter) -> meter.getId().getName().startsWith("passwordless."))
			.flatMap((meter) -> meter.getId().getTags())
			.allSatisfy((tag) -> assertThat(tag.getValue()).matches("[a-z_]+"));
	}

	/** A browser with no session and only this remember-me cookie opens the home page. */
	private String returningWith(Cookie rememberMe) {
		onAStaticPage();
		this.driver.manage().deleteAllCookies();
		this.driver.manage().addCookie(rememberMe);
		this.driver.get(base() + "/");
		new LoginPage(this.driver);
		return this.driver.getCurrentUrl();
	}

	/** Cookies are changed from a static file of the app, not from a live Vaadin page. */
	private void onAStaticPage() {
		this.driver.get(base() + "/frontend-static/images/logo.svg");
	}

	@Test
	void signInPageWhenAlreadySignedInThenHome() {
		LoginPage.open(this.driver, base()).sendCodeTo(registered()).enter(latestCode(), HomePage::new);
		this.driver.get(base() + "/login");
		assertThat(new HomePage(this.driver).userName()).isEqualTo("Grace Hopper");
	}

	@Test
	void protectedPageWhenSignedOutThenRedirectsToSignIn() {
		this.driver.get(base() + "/portal");
		new LoginPage(this.driver);
		assertThat(this.driver.getCurrentUrl()).endsWith("/login");
	}

	@Test
	void portalWhenUserIsInThePortalGroupThenOpens() {
		registered();
		joinThePortalGroup();
		LoginPage.open(this.driver, base()).sendCodeTo(this.phone).enter(latestCode(), HomePage::new);
		this.driver.get(base() + "/portal");
		assertThat(new PortalPage(this.driver).welcome()).isEqualTo("Welcome to the portal, Grace Hopper.");
	}

	@Test
	void portalWhenTheUserJoinsThePortalGroupWhileSignedInThenOpensAfterTheNextTokenRefresh() {
		LoginPage.open(this.driver, base()).sendCodeTo(registered()).enter(latestCode(), HomePage::new);
		joinThePortalGroup();
		this.driver.get(base() + "/portal");
		new HomePageOrError(this.driver);
		assertThat(this.driver.getPageSource()).as("before the refresh").doesNotContain("Welcome to the portal");
		// the access token lives an hour and is refreshed a minute before it expires
		this.clock.advance(Duration.ofMinutes(59).plusSeconds(1));
		this.driver.get(base() + "/portal");
		assertThat(new PortalPage(this.driver).welcome()).isEqualTo("Welcome to the portal, Grace Hopper.");
	}

	@Test
	void sendCodeWhenNumberIsMalformedThenExplainsWithoutLeavingThePage() {
		LoginPage login = LoginPage.open(this.driver, base()).sendCodeExpectingProblem("12");
		assertThat(login.messageContaining("number")).isNotBlank();
		assertThat(this.driver.getCurrentUrl()).endsWith("/login");
	}

	private void joinThePortalGroup() {
		OfflinePool.joinThePortalGroup(this.administration, this.phone);
	}

	private String registered() {
		register();
		return this.phone;
	}

	/**
	 * Registers the number as the registration page does (in English), without the
	 * browser: no code sent yet. (Registering in the browser is the tests'
	 * {@code registerWhen...}.)
	 */
	private void register() {
		this.cognitoAuth.signUp(this.phone, "Grace Hopper", "en");
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

}
