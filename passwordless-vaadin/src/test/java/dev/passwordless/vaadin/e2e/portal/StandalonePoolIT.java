package dev.passwordless.vaadin.e2e.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.e2e.Browser;
import dev.passwordless.vaadin.e2e.LoginPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app without the {@code local} profile, pointed by settings at a local Cognito that
 * runs on its own: the same code path as on AWS (endpoint, confidential client, issuer
 * and keys from the endpoint), no embedded pool, no SMS inbox, a {@code Secure} session
 * cookie.
 */
@BehindAProxy
class StandalonePoolIT {

	private static WebDriver driver;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Environment environment;

	@Autowired
	private CognitoPool pool;

	@Autowired
	private CognitoAuthClient cognitoAuth;

	@Autowired
	private CognitoIdentityProviderClient cognitoClient;

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
		driver.get(base() + "/passwordless/sign-in.css");
		driver.manage().deleteAllCookies();
	}

	@AfterEach
	void noContentSecurityPolicyViolations() {
		assertThat(Browser.cspViolations(driver)).isEmpty();
	}

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
		Reporters.add(this.cognitoClient, this.pool, phone);
		ReportsPage reports = LoginPage.open(driver, base())
			.sendCodeTo(phone)
			.enter(StandalonePool.latestCode(this.environment.getProperty("passwordless.cognito.endpoint"), phone),
					ReportsPage::new);
		assertThat(reports.welcome()).isEqualTo("Reports for Grace Hopper");
		HttpResponse<String> inbox = this.http.send(HttpRequest.newBuilder(URI.create(base() + "/dev/sms-inbox"))
			.header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(inbox.statusCode()).as("signed in, the inbox is no page either").isEqualTo(403);
		assertThat(inbox.body()).doesNotContain("never left this machine");
	}

	@Test
	void devInboxWhenNotLocalThenNotServedToAnyone() throws Exception {
		HttpResponse<String> inbox = this.http.send(
				HttpRequest.newBuilder(URI.create(base() + "/dev/sms-inbox")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(inbox.statusCode()).as("like any page that is not public").isEqualTo(302);
		assertThat(inbox.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(inbox.body()).doesNotContain("never left this machine");
	}

	@Test
	void sessionCookieWhenNotLocalThenSecureHttpOnlyAndSameSiteLax() throws Exception {
		HttpResponse<Void> login = this.http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.contains("; Secure")
				.contains("; HttpOnly")
				.contains("; SameSite=Lax"));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
