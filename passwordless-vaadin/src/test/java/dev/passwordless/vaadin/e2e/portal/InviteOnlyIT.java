package dev.passwordless.vaadin.e2e.portal;

import java.time.Duration;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.SignInProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The starter's default, an internal portal closed unless its owner opens it: a stranger
 * finds no registration, and {@code /register} says that access is by invitation and whom
 * to ask, and sends nothing; the embedded pool refuses SignUp as Cognito does with
 * {@code AllowAdminCreateUserOnly}, and an app that offers registration anyway says the
 * same to the person.
 */
@LocalPortal
@TestPropertySource(
		properties = { "passwordless.sign-up=invite-only", "passwordless.sign-up-contact=the IT service desk" })
class InviteOnlyIT {

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension().checkingContentSecurityPolicy();

	private final WebDriver driver = browser.driver();

	@Autowired
	private LocalCognito cognito;

	@Autowired
	private CognitoAuthClient cognitoAuth;

	@Test
	void registerWhenInviteOnlyThenTheFormIsGoneAndThePageSaysWhomToAsk() {
		this.driver.get(browser.base() + "/register");

		assertThat(new WebDriverWait(this.driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("by-invitation")))
			.getText()).isEqualTo("Access is by invitation only.");
		assertThat(this.driver.findElement(By.tagName("body")).getText())
			.contains("Ask the IT service desk to invite you; then sign in with your mobile number.");
		assertThat(this.driver.findElements(By.id("register"))).isEmpty();
		assertThat(this.driver.findElements(By.id("phone"))).isEmpty();
	}

	@Test
	void loginWhenInviteOnlyThenNoWayToRegisterIsOffered() {
		LoginPage.open(this.driver, browser.base());

		assertThat(this.driver.findElements(By.linkText("New here? Register"))).isEmpty();
	}

	@Test
	void signUpWhenThePoolAdmitsOnlyInvitedPeopleThenRegistrationIsByInvitationAndNoAccountNoSms() {
		assertThatThrownBy(() -> this.cognitoAuth.signUp("+12025550191", "Stranger Person")).isInstanceOfSatisfying(
				SignInProblem.class,
				(problem) -> assertThat(problem.getMessage()).isEqualTo(SignInProblem.BY_INVITATION));
		assertThat(this.cognito.outbox().messages("+12025550191")).isEmpty();
	}

}
