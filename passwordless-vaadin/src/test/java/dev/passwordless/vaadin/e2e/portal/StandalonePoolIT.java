package dev.passwordless.vaadin.e2e.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.sms.Outbox;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app without the {@code local} profile, pointed by settings at a local Cognito that
 * runs on its own: the same code path as on AWS (endpoint, confidential client, issuer
 * and keys from the endpoint), no embedded pool, no SMS inbox, a {@code Secure} session
 * cookie.
 */
@BehindAProxy
class StandalonePoolIT {

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension().checkingContentSecurityPolicy();

	private final WebDriver driver = browser.driver();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Environment environment;

	@Autowired
	private CognitoPool pool;

	@Autowired
	private CognitoAuthClient cognitoAuth;

	@Test
	void contextWhenNotLocalThenThePoolOfTheSettingsAndNoEmbeddedCognito() {
		assertThat(this.context.getBeansOfType(LocalCognito.class)).isEmpty();
		assertThat(this.pool.embedded()).isFalse();
		String endpoint = this.environment.getProperty("passwordless.cognito.endpoint");
		assertThat(this.pool.endpoint()).hasToString(endpoint);
		assertThat(this.pool.issuer()).isEqualTo(endpoint + "/" + this.pool.userPoolId());
		assertThat(this.pool.jwksUri()).hasToString(endpoint + "/" + this.pool.userPoolId() + "/.well-known/jwks.json");
	}

	@Test
	void signInWhenTheAppTalksToAStandaloneLocalCognitoThenLandsSignedIn() throws Exception {
		String phone = "+12025550151";
		this.cognitoAuth.signUp(phone, "Grace Hopper");
		Reporters.add(this.pool, phone);
		ReportsPage reports = LoginPage.open(this.driver, browser.base())
			.sendCodeTo(phone)
			.enter(Outbox.at(this.environment.getProperty("passwordless.cognito.endpoint")).latestCode(phone),
					ReportsPage::new);
		assertThat(reports.welcome()).isEqualTo("Reports for Grace Hopper");
		HttpResponse<String> inbox = this.http
			.send(HttpRequest.newBuilder(URI.create(browser.base() + "/dev/sms-inbox"))
				.header("Cookie", "JSESSIONID=" + this.driver.manage().getCookieNamed("JSESSIONID").getValue())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(inbox.statusCode()).as("signed in, the inbox is no page either").isEqualTo(403);
		assertThat(inbox.body()).doesNotContain("never left this machine");
	}

	@Test
	void devInboxWhenNotLocalThenNotServedToAnyone() throws Exception {
		HttpResponse<String> inbox = this.http.send(
				HttpRequest.newBuilder(URI.create(browser.base() + "/dev/sms-inbox")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(inbox.statusCode()).as("like any page that is not public").isEqualTo(302);
		assertThat(inbox.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(inbox.body()).doesNotContain("never left this machine");
	}

	@Test
	void sessionCookieWhenNotLocalThenSecureHttpOnlyAndSameSiteLax() throws Exception {
		HttpResponse<Void> login = this.http.send(HttpRequest.newBuilder(URI.create(browser.base() + "/login")).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.contains("; Secure")
				.contains("; HttpOnly")
				.contains("; SameSite=Lax"));
	}

}
