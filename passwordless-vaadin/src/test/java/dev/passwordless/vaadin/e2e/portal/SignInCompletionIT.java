package dev.passwordless.vaadin.e2e.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.e2e.Browser;
import dev.passwordless.vaadin.e2e.CodePage;
import dev.passwordless.vaadin.e2e.LoginPage;
import dev.passwordless.vaadin.e2e.RecordingProxy;
import dev.passwordless.vaadin.security.SignInRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The completion of a verified sign-in in a real browser, with a proxy that holds the
 * browser's completion request so that someone else may try first: whoever else holds the
 * session cookie (from before the code was verified, or even after) cannot finish the
 * sign-in; only the browser that sent the code, with its one-time link, can, and only
 * once.
 */
@LocalPortal
class SignInCompletionIT {

	private static final String NOT_COMPLETED = "/" + SignInRoutes.LOGIN + "?" + SignInRoutes.NOT_COMPLETED;

	private static WebDriver driver;

	private static RecordingProxy proxy;

	private final HttpClient someoneElse = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private LocalCognito cognito;

	@Autowired
	private CognitoAuthClient cognitoAuth;

	@Autowired
	private CognitoIdentityProviderClient cognitoClient;

	@Autowired
	private CognitoPool pool;

	@BeforeAll
	static void startBrowser() throws Exception {
		driver = Browser.start();
	}

	@AfterAll
	static void stop() {
		driver.quit();
		if (proxy != null) {
			proxy.close();
		}
	}

	@AfterEach
	void noContentSecurityPolicyViolations() {
		assertThat(Browser.cspViolations(driver)).isEmpty();
	}

	@BeforeEach
	void freshVisitor() {
		if (proxy == null) {
			proxy = new RecordingProxy(this.port);
		}
		proxy.release().held.clear();
		driver.get(proxy.base() + "/passwordless/sign-in.css");
		driver.manage().deleteAllCookies();
	}

	@Test
	void completeWhenSomeoneElseHoldsTheSessionCookieThenOnlyTheBrowserThatSentTheCodeSignsIn() throws Exception {
		String phone = reporter("+12025550141");
		CodePage code = LoginPage.open(driver, proxy.base()).sendCodeTo(phone);
		String cookieWhileWaiting = sessionCookie();
		String link = enterHeld(code, phone);
		String cookieOnceVerified = sessionCookie();
		assertThat(cookieOnceVerified).as("the session id changes when the code is verified")
			.isNotEqualTo(cookieWhileWaiting);
		assertThat(complete(cookieWhileWaiting, SignInRoutes.COMPLETE)).endsWith(NOT_COMPLETED);
		assertThat(complete(cookieOnceVerified, SignInRoutes.COMPLETE)).endsWith(NOT_COMPLETED);
		assertThat(complete(cookieOnceVerified, SignInRoutes.COMPLETE + "?nonce=guessed")).endsWith(NOT_COMPLETED);
		assertThat(complete(cookieWhileWaiting, link)).as("the link without the new session").endsWith(NOT_COMPLETED);
		proxy.release();
		driver.get(proxy.base() + link);
		assertThat(new ReportsPage(driver).welcome()).isEqualTo("Reports for Ada Lovelace");
	}

	@Test
	void completeWhenTheLinkIsUsedAgainThenNothingChangesAndTheSignInPageSaysSo() throws Exception {
		String phone = reporter("+12025550142");
		String link = enterHeld(LoginPage.open(driver, proxy.base()).sendCodeTo(phone), phone);
		proxy.release();
		driver.get(proxy.base() + link);
		new ReportsPage(driver);
		assertThat(complete(null, link)).endsWith(NOT_COMPLETED);
		driver.get(proxy.base() + link);
		assertThat(new ReportsPage(driver).welcome()).as("still signed in").isEqualTo("Reports for Ada Lovelace");
		driver.manage().deleteAllCookies();
		driver.get(proxy.base() + link);
		assertThat(new LoginPage(driver).messageContaining("could not be completed"))
			.isEqualTo("That sign-in could not be completed: its link was already used or is too old. "
					+ "Please sign in again.");
	}

	/** Enters the right code; the proxy holds the completion the browser is sent to. */
	private String enterHeld(CodePage code, String phone) {
		proxy.hold(SignInRoutes.COMPLETE);
		return code.enter(code(phone), (d) -> {
			new WebDriverWait(d, Duration.ofSeconds(15)).until((ignored) -> !proxy.held.isEmpty());
			return proxy.held.get(0);
		});
	}

	/**
	 * Someone else asks the app itself to complete a sign-in; returns where it sends
	 * them.
	 */
	private String complete(String sessionCookie, String pathAndQuery) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + pathAndQuery));
		if (sessionCookie != null) {
			request.header("Cookie", "JSESSIONID=" + sessionCookie);
		}
		HttpResponse<Void> response = this.someoneElse.send(request.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

	private String reporter(String phone) {
		this.cognitoAuth.signUp(phone, "Ada Lovelace");
		Reporters.add(this.cognitoClient, this.pool, phone);
		return phone;
	}

	private static String sessionCookie() {
		return driver.manage().getCookieNamed("JSESSIONID").getValue();
	}

	private String code(String phone) {
		Matcher matcher = Pattern.compile("\\d{6}")
			.matcher(this.cognito.outbox().latest(phone).orElseThrow().message());
		assertThat(matcher.find()).isTrue();
		return matcher.group();
	}

}
