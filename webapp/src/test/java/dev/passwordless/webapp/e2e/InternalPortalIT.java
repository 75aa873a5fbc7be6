package dev.passwordless.webapp.e2e;

import java.time.Duration;

import dev.passwordless.rules.MovableClock;
import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.pages.AuditPage;
import dev.passwordless.testing.pages.CodePage;
import dev.passwordless.testing.pages.HomePage;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.pages.UsersPage;
import dev.passwordless.testing.sms.Outbox;
import dev.passwordless.vaadin.admin.CognitoAdministration;
import dev.passwordless.vaadin.admin.PortalUser;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.security.SignOut;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The internal portal in a real browser, on the offline default with its fiction first
 * administrator (+1 202 555 0199, the example app's local setting): the administrator
 * invites someone who then signs in without registering and lands in their group; someone
 * who is no administrator cannot reach the administration; a disabled person's open page
 * goes to the sign-in page within seconds and they get no further code; a session
 * restored by "stay signed in" is asked for a new code before the administration. Every
 * test has numbers of its own.
 */
@OfflineApp
class InternalPortalIT {

	private static final String ADMIN = "+12025550199";

	private static int nextNumber = 160;

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension().checkingContentSecurityPolicy();

	private final WebDriver driver = browser.driver();

	@Autowired
	private Outbox sentSms;

	@Autowired
	private CognitoAuthClient cognitoAuth;

	@Autowired
	private CognitoAdministration administration;

	@Autowired
	private SignOut signOut;

	@Autowired
	private MovableClock clock;

	private String phone;

	@BeforeEach
	void aNumberOfItsOwn() {
		this.phone = "+1202555" + String.format("%04d", nextNumber++);
		// past any cooldown an earlier test left on the shared clock, the administrator's
		// too
		this.clock.advance(Duration.ofHours(2));
		this.administration.ensureGroup("portal-users", "The example portal's members");
	}

	@Test
	void inviteWhenTheInviteeSignsInThenNoRegistrationAndTheyLandInTheirGroup() throws Exception {
		HomePage home = signInAsAdministrator();
		assertThat(home.text("nav-admin")).isEqualTo("Administration");
		home.click("nav-admin");

		new UsersPage(this.driver).invite("Invited Person", OfflinePool.national(this.phone), "portal-users")
			.showing("Invited Person");
		Screens.check(this.driver, "admin-users", ScreenSize.DESKTOP);
		assertThat(this.sentSms.messagesTo(this.phone)).as("an invitation sends nothing").isEmpty();

		browser.freshVisitor();
		HomePage invitee = LoginPage.open(this.driver, browser.base())
			.sendCodeTo(this.phone)
			.enter(latestCode(this.phone), HomePage::new);
		assertThat(invitee.userName()).isEqualTo("Invited Person");
		assertThat(invitee.text("nav-portal")).as("in the portal's group").isNotBlank();
		assertThat(this.driver.findElements(By.id("nav-admin"))).allMatch((link) -> !link.isDisplayed());
	}

	@Test
	void adminViewsWhenSomeoneWhoIsNoAdministratorOpensThemThenAccessDenied() {
		this.cognitoAuth.signUp(this.phone, "Not Admin", "en");
		LoginPage.open(this.driver, browser.base()).sendCodeTo(this.phone).enter(latestCode(this.phone), HomePage::new);

		this.driver.get(browser.base() + "/admin/users");

		assertThat(new ErrorPage(this.driver).heading()).isEqualTo("No access");
		assertThat(this.driver.findElements(By.id("users"))).isEmpty();
		this.driver.get(browser.base() + "/admin/audit");
		assertThat(new ErrorPage(this.driver).heading()).isEqualTo("No access");
		assertThat(this.driver.findElements(By.id("audit"))).isEmpty();
	}

	@Test
	void disableWhenThePersonHasAPageOpenThenItGoesToTheSignInPageWithinFiveSecondsAndNoFurtherCode() {
		this.cognitoAuth.signUp(this.phone, "Soon Disabled", "en");
		LoginPage.open(this.driver, browser.base()).sendCodeTo(this.phone).enter(latestCode(this.phone), HomePage::new);
		PortalUser person = this.administration.byNumber(this.phone).orElseThrow();

		long disabledAt = System.nanoTime();
		// what the list's "Disable" does, from another administrator's browser
		this.administration.disable(person.username());
		this.signOut.endEverywhere(person.username());
		new WebDriverWait(this.driver, Duration.ofSeconds(5))
			.until((driver) -> driver.getCurrentUrl().contains("/login"));
		long tookMillis = (System.nanoTime() - disabledAt) / 1_000_000;
		assertThat(tookMillis).as("the open page left within 5 s").isLessThan(5000);

		this.clock.advance(Duration.ofMinutes(5));
		int sent = this.sentSms.messagesTo(this.phone).size();
		CodePage code = new LoginPage(this.driver).sendCodeTo(this.phone);
		assertThat(code.sentTo()).as("the same code step as any number")
			.contains(OfflinePool.international(this.phone));
		assertThat(this.sentSms.messagesTo(this.phone)).as("no SMS for a disabled account").hasSize(sent);
	}

	@Test
	void disableWhenAnAdministratorDisablesSomeoneFromTheListThenTheyGetNoCodeAndTheAuditTrailShowsIt()
			throws Exception {
		this.cognitoAuth.signUp(this.phone, "Listed Person", "en");
		LoginPage.open(this.driver, browser.base())
			.sendCodeTo(this.phone)
			.enter(latestCode(this.phone), HomePage::new)
			.signOut();
		String sub = this.administration.byNumber(this.phone).orElseThrow().username();
		this.clock.advance(Duration.ofMinutes(1));
		signInAsAdministrator();
		UsersPage users = UsersPage.open(this.driver, browser.base()).searchOne(this.phone, "Listed Person");

		users.openPerson("Listed Person");
		assertThat(users.act("disable")).startsWith("Disabled");

		// their sign-in and the administrator's action, each as the trail recorded it
		this.driver.get(browser.base() + "/admin/audit");
		AuditPage audit = new AuditPage(this.driver).forUser(sub);
		Screens.check(this.driver, "admin-audit", ScreenSize.DESKTOP);
		assertThat(audit.rowContaining("action=disable")).contains("Administrator's action", "outcome=done");
		assertThat(audit.rowContaining("how=code")).contains("Signed in", "0" + this.phone.substring(9));
		assertThat(audit.rowContaining("Signed out")).contains(sub);

		this.clock.advance(Duration.ofMinutes(5));
		int sent = this.sentSms.messagesTo(this.phone).size();
		browser.freshVisitor();
		LoginPage.open(this.driver, browser.base()).sendCodeTo(this.phone);
		assertThat(this.sentSms.messagesTo(this.phone)).hasSize(sent);
	}

	@Test
	void usersViewWhenRestoredByStaySignedInThenAskedForANewCodeAndThenOnTheUsersPage() {
		LoginPage.open(this.driver, browser.base())
			.sendCodeTo(ADMIN)
			.staySignedIn()
			.enter(latestCode(ADMIN), HomePage::new);
		Cookie rememberMe = this.driver.manage().getCookieNamed("passwordless-remember-me");
		this.clock.advance(Duration.ofMinutes(1));
		browser.freshVisitor();
		this.driver.get(browser.base() + "/passwordless/sign-in.css");
		this.driver.manage().addCookie(rememberMe);

		this.driver.get(browser.base() + "/admin/users");
		CodePage code = new CodePage(this.driver);
		assertThat(code.text("step-up")).isEqualTo("To continue, confirm that it is you with a new code.");
		assertThat(this.driver.findElements(By.id("stay-signed-in"))).allMatch((box) -> !box.isDisplayed());

		UsersPage users = code.enter(latestCode(ADMIN), UsersPage::new);
		assertThat(this.driver.getCurrentUrl()).isEqualTo(browser.base() + "/admin/users");
		assertThat(users.cells()).isNotEmpty();
	}

	private HomePage signInAsAdministrator() {
		return LoginPage.open(this.driver, browser.base()).sendCodeTo(ADMIN).enter(latestCode(ADMIN), HomePage::new);
	}

	private String latestCode(String number) {
		return this.sentSms.latestCode(number);
	}

}
