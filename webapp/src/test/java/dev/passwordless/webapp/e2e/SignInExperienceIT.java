package dev.passwordless.webapp.e2e;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.SendLimits;
import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.pages.CodePage;
import dev.passwordless.testing.pages.HomePage;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.pages.RegisterPage;
import dev.passwordless.testing.sms.Outbox;
import dev.passwordless.vaadin.admin.CognitoAdministration;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in as people meet it (issue 14), in a real headless Chromium at a desktop and
 * a phone size, on the offline default with a clock the tests move: forgiving input, no
 * dead ends, two languages, one announced error per problem, and every screen free of
 * serious accessibility violations (axe-core), with a screenshot of each in
 * {@code target/screenshots}.
 */
@OfflineApp
class SignInExperienceIT {

	private static final AtomicInteger NUMBERS = new AtomicInteger(100);

	private static final String ENGLISH = "en-US,en;q=0.9";

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension().checkingContentSecurityPolicy();

	private final ChromeDriver driver = browser.driver();

	@Autowired
	private CognitoAdministration administration;

	@Autowired
	private LocalCognito cognito;

	@Autowired
	private Outbox sentSms;

	@Autowired
	private CognitoAuthClient cognitoAuth;

	@Autowired
	private MovableClock clock;

	static Stream<Arguments> pastedCodes() {
		return Stream.of(ScreenSize.values())
			.flatMap((size) -> Stream.of("spaced", "padded", "dashed", "the whole SMS")
				.map((form) -> Arguments.of(size, form)));
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("pastedCodes")
	void pasteWhenTheCodeIsGroupedOrInsideTheWholeSmsThenSignsInWithoutAClick(ScreenSize size, String form) {
		String phone = registered(size);
		CodePage code = LoginPage.open(this.driver, browser.base()).sendCodeTo(phone);
		String digits = latestCode(phone);
		String pasted = switch (form) {
			case "spaced" -> digits.substring(0, 3) + " " + digits.substring(3);
			case "padded" -> " " + digits + " ";
			case "dashed" -> digits.substring(0, 3) + "-" + digits.substring(3);
			default -> this.sentSms.latestTo(phone);
		};
		code.element("code");
		paste(pasted);
		assertThat(new HomePage(this.driver).userName()).isEqualTo("Grace Hopper");
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void backWhenTheCodeIsStillValidThenTheNumberStaysAndThatCodeIsOffered(ScreenSize size) {
		String phone = registered(size);
		LoginPage.open(this.driver, browser.base()).sendCodeTo(OfflinePool.national(phone));
		this.driver.navigate().back();
		LoginPage login = new LoginPage(this.driver);
		assertThat(login.number()).isEqualTo(OfflinePool.national(phone));
		assertThat(waitFor(login::codeOffered)).isTrue();
		assertThat(login.text("resume")).contains(OfflinePool.international(phone));
		HomePage home = login.enterTheCodeSentBefore().enter(latestCode(phone), HomePage::new);
		assertThat(home.userName()).isEqualTo("Grace Hopper");
		assertThat(this.cognito.outbox().messages(phone)).as("one code for this sign-in").hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void editWhenTheSameNumberIsSentAgainWithinTheCooldownThenBackToItsValidCodeWithoutANewSms(ScreenSize size) {
		String phone = registered(size);
		LoginPage login = LoginPage.open(this.driver, browser.base())
			.sendCodeTo(OfflinePool.national(phone))
			.editNumber();
		assertThat(login.number()).as("Wrong number? Edit keeps the number").isEqualTo(OfflinePool.national(phone));
		CodePage code = login.sendCodeTo(OfflinePool.national(phone));
		assertThat(code.messageContaining("still valid"))
			.isEqualTo("We already sent a code to this number, and it is still valid: enter it here.");
		assertThat(this.cognito.outbox().messages(phone)).as("no second code").hasSize(1);
		assertThat(code.enter(latestCode(phone), HomePage::new).userName()).isEqualTo("Grace Hopper");
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void refusalWhenTheNumberMustWaitThenTheSecondsCountDownAndAreAnnouncedOnlyAtTheStartAndTheEnd(ScreenSize size) {
		String phone = registered(size);
		LoginPage.open(this.driver, browser.base()).sendCodeTo(phone);
		visit(size, ENGLISH);
		LoginPage login = LoginPage.open(this.driver, browser.base()).sendCodeExpectingProblem(phone);
		String first = login.messageContaining("Too many codes");
		Matcher wait = Pattern.compile("Too many codes for this number\\. Please try again in (\\d+) seconds\\.")
			.matcher(first);
		assertThat(wait.matches()).as(first).isTrue();
		int seconds = Integer.parseInt(wait.group(1));
		assertThat(seconds).isBetween(28, 30);
		assertThat(login.textContent("announcer")).isEqualTo(first);
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(waitFor(() -> login.shownText("message")
			.matches(".* in (" + (seconds - 10) + "|" + (seconds - 11) + "|" + (seconds - 12) + ") seconds\\.")))
			.as("the seconds count down")
			.isTrue();
		assertThat(login.textContent("announcer")).as("not read out every second").isEqualTo(first);
		this.clock.advance(Duration.ofSeconds(21));
		assertThat(waitFor(() -> login.textContent("announcer").equals("You can try again now."))).isTrue();
		assertThat(login.shownText("message")).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void resendWhenThreeWrongCodesSpentTheCodeThenANewCodeGoesToTheSameNumberAfterTheWait(ScreenSize size) {
		String phone = registered(size);
		CodePage code = LoginPage.open(this.driver, browser.base()).sendCodeTo(phone);
		String right = latestCode(phone);
		code.enterWrong(OfflinePool.wrong(right)).messageContaining("2 attempts left");
		code.enterWrong(OfflinePool.wrong(right)).messageContaining("1 attempt left");
		assertThat(code.enterWrong(OfflinePool.wrong(right)).messageContaining("Too many wrong codes"))
			.isEqualTo("Too many wrong codes. Send a new code.");
		assertThat(code.codeAccepted()).as("the field and its button are both disabled").isFalse();
		assertThat(code.resendOffered()).isFalse();
		assertThat(code.text("resend-countdown")).matches("You can ask for a new code in (29|30) seconds\\.");
		this.clock.advance(SendLimits.DEFAULT_COOLDOWN.plusSeconds(1));
		code.waitForResendOffer();
		assertThat(code.textContent("announcer")).as("announced when the wait is over")
			.isEqualTo("You can ask for a new code now.");
		code.resend().messageContaining("We sent you a new code.");
		assertThat(this.cognito.outbox().messages(phone)).as("the first code and the new one").hasSize(2);
		assertThat(code.codeAccepted()).isTrue();
		assertThat(code.enter(latestCode(phone), HomePage::new).userName()).isEqualTo("Grace Hopper");
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void resendWhenAnUnknownNumbersCodeWasSpentThenTheSameScreensAndNoSms(ScreenSize size) {
		String phone = unknown(size);
		CodePage code = LoginPage.open(this.driver, browser.base()).sendCodeTo(phone);
		for (int i = 0; i < 3; i++) {
			code.enterWrong("000000");
		}
		code.messageContaining("Too many wrong codes. Send a new code.");
		this.clock.advance(SendLimits.DEFAULT_COOLDOWN.plusSeconds(1));
		code.waitForResendOffer().resend().messageContaining("We sent you a new code.");
		assertThat(code.codeAccepted()).isTrue();
		assertThat(this.cognito.outbox().messages(phone)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void numberFieldWhenShownThenATelephoneKeyboardAutofillAndAnExampleInsteadOfAPlaceholder(ScreenSize size) {
		String phone = unknown(size);
		LoginPage login = LoginPage.open(this.driver, browser.base());
		assertThat(login.attributeOfInput("phone", "inputmode")).isEqualTo("tel");
		assertThat(login.attributeOfInput("phone", "autocomplete")).isEqualTo("tel");
		assertThat(input("phone").getDomAttribute("placeholder")).isNull();
		assertThat(login.country()).isEqualTo("United States (+1)");
		assertThat(login.text("phone")).contains("For example (201) 555-0123");
		CodePage code = login.sendCodeTo(phone);
		assertThat(input("code").getDomAttribute("placeholder")).isNull();
		assertThat(code.text("code")).contains("6 digits from the text message");
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void browserWhenItAsksForGermanThenGermanTextsGermanyChosenAndEnglishOneClickAway(ScreenSize size) {
		visit(size, "de-DE,de;q=0.9");
		LoginPage login = LoginPage.open(this.driver, browser.base());
		assertThat(login.text("send-code")).isEqualTo("Code senden");
		assertThat(login.country()).isEqualTo("Deutschland (+49)");
		assertThat(language()).isEqualTo("de");
		assertThat(this.driver.getTitle()).isEqualTo("Anmelden");
		login.click("language-en");
		assertThat(waitFor(() -> login.text("send-code").equals("Send code"))).isTrue();
		assertThat(language()).isEqualTo("en");
		this.driver.navigate().refresh();
		assertThat(new LoginPage(this.driver).text("send-code")).as("remembered for the session")
			.isEqualTo("Send code");
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void smsWhenRegisteredInGermanThenInGermanAndNamingTheApp(ScreenSize size) {
		visit(size, "de-DE,de;q=0.9");
		String phone = "+1917555" + String.format("%04d", NUMBERS.incrementAndGet());
		RegisterPage.open(this.driver, browser.base()).register("Lise Meitner", phone);
		assertThat(this.sentSms.latestTo(phone)).contains("ist Ihr Code für SMS sign-in");
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void portalLinkWhenNotAMemberThenHiddenAndThePortalPageExplainsInsideTheLayout(ScreenSize size) {
		String phone = registered(size);
		HomePage home = LoginPage.open(this.driver, browser.base())
			.sendCodeTo(phone)
			.enter(latestCode(phone), HomePage::new);
		assertThat(displayed("portal-link")).isFalse();
		assertThat(displayed("nav-portal")).isFalse();
		assertThat(home.text("user-phone")).isEqualTo("You sign in with " + OfflinePool.international(phone) + ".");
		this.driver.get(browser.base() + "/portal");
		ErrorPage denied = new ErrorPage(this.driver);
		assertThat(denied.heading()).isEqualTo("No access");
		assertThat(this.driver.getTitle()).isEqualTo(denied.heading());
		assertThat(this.driver.findElements(By.cssSelector(".app-header"))).hasSize(1);
		joinThePortalGroup(phone);
		this.clock.advance(Duration.ofMinutes(59).plusSeconds(1));
		this.driver.get(browser.base() + "/");
		new HomePage(this.driver).element("portal-link");
		assertThat(displayed("nav-portal")).isTrue();
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void problemWhenTheNumberIsWrongThenShownOnceOnTheFieldAndNotAnnouncedTwice(ScreenSize size) {
		visit(size, ENGLISH);
		LoginPage login = LoginPage.open(this.driver, browser.base()).sendCodeExpectingProblem("12");
		String problem = login.messageContaining("wrong number of digits");
		assertThat(login.fieldError("phone")).isEqualTo(problem);
		assertThat(login.shownText("message")).isEmpty();
		assertThat(login.shownProblems()).containsExactly(problem);
		assertThat(this.driver.findElements(By.cssSelector("[role=alert]")))
			.noneMatch((e) -> e.getText().contains(problem));
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void numberWhenItCannotReceiveATextThenEachReasonIsSaidAndNothingIsSent(ScreenSize size) {
		visit(size, ENGLISH);
		Map<String, String> reasons = Map.of("+999 123 4567", "There is no country with that calling code",
				"1-800-FLOWERS", "Numbers with letters (like 1-800-FLOWERS) can't receive text messages",
				"(202) 555-0150 ext. 12", "Leave out the extension", "1-800-356-9377",
				"Toll-free numbers can't receive text messages", "+44 20 7946 0958", "That is a landline number");
		LoginPage login = LoginPage.open(this.driver, browser.base());
		reasons.forEach((typed, reason) -> {
			login.sendCodeExpectingProblem(typed);
			assertThat(waitFor(() -> login.fieldError("phone").contains(reason))).as(typed).isTrue();
		});
		assertThat(this.cognito.outbox().messages(null)).noneMatch((sms) -> sms.phoneNumber().startsWith("+1800"));
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void registerWhenBothFieldsAreEmptyOrTheNameTooLongThenEachFieldSaysWhatIsWrong(ScreenSize size) {
		visit(size, ENGLISH);
		RegisterPage register = RegisterPage.open(this.driver, browser.base());
		register.click("register");
		assertThat(waitFor(() -> register.fieldError("name").equals("Enter your full name."))).isTrue();
		assertThat(register.fieldError("phone")).isEqualTo("Enter your mobile number.");
		String longName = "A".repeat(500);
		register.type("name", longName);
		register.click("register");
		assertThat(waitFor(() -> register.fieldError("name").equals("Your name can have at most 100 characters.")))
			.isTrue();
		assertThat(input("name").getDomProperty("value")).as("nothing cut silently").hasSize(500);
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void codeStepWhenShownThenTheWholeNumberAsTypedAndHomeNamesTheUser(ScreenSize size) {
		String phone = registered(size);
		CodePage code = LoginPage.open(this.driver, browser.base()).sendCodeTo(OfflinePool.national(phone));
		assertThat(code.sentTo()).isEqualTo("We sent a code to " + OfflinePool.international(phone) + ".");
		HomePage home = code.enter(latestCode(phone), HomePage::new);
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hello, Grace Hopper");
		assertThat(home.phone()).isEqualTo("You sign in with " + OfflinePool.international(phone) + ".");
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void signOutWhenDoneThenTheSignInPageConfirmsIt(ScreenSize size) {
		String phone = registered(size);
		LoginPage.open(this.driver, browser.base()).sendCodeTo(phone).enter(latestCode(phone), HomePage::new).signOut();
		LoginPage login = new LoginPage(this.driver);
		assertThat(login.messageContaining("signed out")).isEqualTo("You have signed out.");
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void fieldsWhenShownAndFocusedThenBorderAndFocusRingContrastAtLeast3To1(ScreenSize size) {
		visit(size, ENGLISH);
		LoginPage.open(this.driver, browser.base());
		WebElement phone = Screens.field(this.driver, "phone");
		double border = Screens.contrastAgainstWhite(this.driver, phone, "--_input-border-color");
		input("phone").click();
		double focus = Screens.contrastAgainstWhite(this.driver, phone, "--_focus-ring-color");
		System.out.printf("contrast at %s: field border %.2f:1, focus ring %.2f:1%n", size.label(), border, focus);
		assertThat(border).isGreaterThanOrEqualTo(3.0);
		assertThat(focus).isGreaterThanOrEqualTo(3.0);
	}

	@ParameterizedTest
	@EnumSource(ScreenSize.class)
	void everyScreenWhenCheckedWithAxeThenNoSeriousOrCriticalViolation(ScreenSize size) throws Exception {
		visit(size, ENGLISH);
		RegisterPage register = RegisterPage.open(this.driver, browser.base());
		Screens.check(this.driver, "register", size);
		register.click("register");
		register.messageContaining("Enter your full name.");
		Screens.check(this.driver, "register-problems", size);
		String phone = registered(size);
		LoginPage login = LoginPage.open(this.driver, browser.base());
		Screens.check(this.driver, "login", size);
		CodePage code = login.sendCodeTo(phone);
		Screens.check(this.driver, "code", size);
		String right = latestCode(phone);
		code.enterWrong(OfflinePool.wrong(right)).messageContaining("2 attempts left");
		Screens.check(this.driver, "code-wrong", size);
		code.enterWrong(OfflinePool.wrong(right));
		code.enterWrong(OfflinePool.wrong(right)).messageContaining("Too many wrong codes");
		Screens.check(this.driver, "code-after-lockout", size);
		this.clock.advance(SendLimits.DEFAULT_COOLDOWN.plusSeconds(1));
		code.waitForResendOffer().resend().messageContaining("We sent you a new code.");
		code.enter(latestCode(phone), HomePage::new);
		Screens.check(this.driver, "home", size);
		this.driver.get(browser.base() + "/portal");
		new ErrorPage(this.driver);
		Screens.check(this.driver, "access-denied", size);
		followInAppLink("no-such-page");
		// the no-access page before it has the same way home: wait for this page's
		// heading
		assertThat(waitFor(() -> new ErrorPage(this.driver).heading().equals("Page not found"))).isTrue();
		Screens.check(this.driver, "not-found", size);
		joinThePortalGroup(phone);
		this.clock.advance(Duration.ofMinutes(59).plusSeconds(1));
		this.driver.get(browser.base() + "/portal");
		new PortalPage(this.driver);
		Screens.check(this.driver, "portal", size);
		this.driver.get(browser.base() + "/");
		new HomePage(this.driver).signOut().messageContaining("signed out");
		Screens.check(this.driver, "signed-out", size);
		this.driver.get(browser.base() + "/dev/sms-inbox");
		waitFor(() -> this.driver.getPageSource().contains("never left this machine"));
		Screens.check(this.driver, "sms-inbox", size);
	}

	/** A fresh visitor at that size asking for those languages. */
	private void visit(ScreenSize size, String acceptLanguage) {
		browser.freshVisitor();
		size.apply(this.driver, acceptLanguage);
	}

	/** A number registered without a code sent yet, and a fresh visitor. */
	private String registered(ScreenSize size) {
		String phone = unknown(size);
		this.cognitoAuth.signUp(phone, "Grace Hopper");
		return phone;
	}

	private String unknown(ScreenSize size) {
		visit(size, ENGLISH);
		return "+1917555" + String.format("%04d", NUMBERS.incrementAndGet());
	}

	/** Inserts text into the code field at once, as a paste does. */
	private void paste(String text) {
		input("code").click();
		this.driver.executeCdpCommand("Input.insertText", Map.of("text", text));
	}

	/** Whether the element is on the page and shown. */
	private boolean displayed(String id) {
		return this.driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
	}

	/** Follows a link inside the app, as a stale link in a page would be followed. */
	private void followInAppLink(String route) {
		this.driver.executeScript("""
				const link = document.createElement('a');
				link.href = arguments[0];
				link.setAttribute('router-link', '');
				link.id = 'stale-link';
				link.textContent = 'stale';
				document.body.appendChild(link);
				link.click();""", route);
	}

	private WebElement input(String fieldId) {
		return this.driver.findElement(By.cssSelector("#" + fieldId + " input"));
	}

	private String language() {
		return String.valueOf(this.driver.executeScript("return document.documentElement.lang"));
	}

	private void joinThePortalGroup(String phone) {
		OfflinePool.joinThePortalGroup(this.administration, phone);
	}

	private String latestCode(String phone) {
		return this.sentSms.latestCode(phone);
	}

	private boolean waitFor(java.util.function.BooleanSupplier condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(50))
			.ignoring(StaleElementReferenceException.class)
			.until((d) -> condition.getAsBoolean());
	}

}
