package dev.passwordless.vaadin.e2e.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.browser.RecordingProxy;
import dev.passwordless.testing.pages.CodePage;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.sms.Outbox;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.security.SignInRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension().checkingContentSecurityPolicy();

	private static RecordingProxy proxy;

	private final WebDriver driver = browser.driver();

	private final HttpClient someoneElse = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private LocalCognito cognito;

	@Autowired
	private CognitoAuthClient cognitoAuth;

	@Autowired
	private CognitoPool pool;

	@AfterAll
	static void stopTheProxy() {
		if (proxy != null) {
			proxy.close();
		}
	}

	@BeforeEach
	void forwardingEverything() {
		if (proxy == null) {
			proxy = new RecordingProxy(this.port);
		}
		proxy.release().held.clear();
	}

	@Test
	void completeWhenSomeoneElseHoldsTheSessionCookieThenOnlyTheBrowserThatSentTheCodeSignsIn() throws Exception {
		String phone = reporter("+12025550141");
		CodePage code = LoginPage.open(this.driver, proxy.base()).sendCodeTo(phone);
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
		this.driver.get(proxy.base() + link);
		assertThat(new ReportsPage(this.driver).welcome()).isEqualTo("Reports for Ada Lovelace");
	}

	@Test
	void completeWhenTheLinkIsUsedAgainThenNothingChangesAndTheSignInPageSaysSo() throws Exception {
		String phone = reporter("+12025550142");
		String link = enterHeld(LoginPage.open(this.driver, proxy.base()).sendCodeTo(phone), phone);
		proxy.release();
		this.driver.get(proxy.base() + link);
		new ReportsPage(this.driver);
		assertThat(complete(null, link)).endsWith(NOT_COMPLETED);
		this.driver.get(proxy.base() + link);
		assertThat(new ReportsPage(this.driver).welcome()).as("still signed in").isEqualTo("Reports for Ada Lovelace");
		this.driver.manage().deleteAllCookies();
		this.driver.get(proxy.base() + link);
		assertThat(new LoginPage(this.driver).messageContaining("could not be completed"))
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
		Reporters.add(this.pool, phone);
		return phone;
	}

	private String sessionCookie() {
		return this.driver.manage().getCookieNamed("JSESSIONID").getValue();
	}

	private String code(String phone) {
		return Outbox.at(this.cognito.pool().endpoint()).latestCode(phone);
	}

}
