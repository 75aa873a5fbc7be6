package dev.passwordless.vaadin.e2e.portal;

import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.vaadin.security.PasswordlessSecurityConfigurer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers of real responses, and the policy in a real browser: the sign-in
 * works under it without a single violation, and a violation would be seen.
 */
@LocalPortal
class HeadersIT {

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	private final WebDriver driver = browser.driver();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Test
	void signInPageWhenLoadedThenThePolicyReferrerPolicyNosniffAndNoFraming() throws Exception {
		HttpResponse<Void> login = get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Content-Security-Policy"))
			.hasValue(PasswordlessSecurityConfigurer.CONTENT_SECURITY_POLICY);
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void completionWhenRequestedThenTheSameHeaders() throws Exception {
		HttpResponse<Void> complete = get("/signin/complete");
		assertThat(complete.headers().firstValue("Content-Security-Policy"))
			.hasValue(PasswordlessSecurityConfigurer.CONTENT_SECURITY_POLICY);
		assertThat(complete.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
	}

	@Test
	void responsesWhenServedOverPlainHttpThenNoHsts() throws Exception {
		assertThat(get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void sessionCookieWhenLocalThenHttpOnlyAndSameSiteLaxButNotSecure() throws Exception {
		assertThat(get("/login").headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.contains("; HttpOnly")
				.contains("; SameSite=Lax")
				.doesNotContain("Secure"));
	}

	@Test
	void postLoginWhenAUserNameAndPasswordArePostedThenRefusedForThereIsNoPasswordSignIn() throws Exception {
		HttpResponse<Void> posted = this.http.send(HttpRequest.newBuilder(URI.create(browser.base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=secret"))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(posted.statusCode()).isEqualTo(405);
		assertThat(posted.headers().firstValue("Allow")).hasValue("GET");
	}

	@Test
	void redirectWhenTheHostHeaderNamesAnotherSiteThenTheLocationStaysOnThisSite() throws Exception {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.getOutputStream()
				.write("GET /reports HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			assertThat(answer).startsWith("HTTP/1.1 302");
			assertThat(answer.lines().filter((line) -> line.regionMatches(true, 0, "Location:", 0, 9)))
				.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
				.doesNotContain("evil.example")
				.contains("/login");
		}
	}

	@Test
	void browserWhenThePagesRunUnderThePolicyThenNoViolation() {
		LoginPage.open(this.driver, browser.base()).toRegister();
		LoginPage.open(this.driver, browser.base()).sendCodeTo("+12025550161");
		assertThat(browser.cspViolations()).isEmpty();
	}

	@Test
	void browserWhenAPageBreaksThePolicyThenTheViolationIsReported() {
		LoginPage.open(this.driver, browser.base());
		browser.cspViolations();
		((JavascriptExecutor) this.driver).executeScript("var script = document.createElement('script');"
				+ "script.src = 'https://cdn.example.com/tracker.js'; document.head.appendChild(script);");
		assertThat(browser.cspViolations()).anySatisfy(
				(violation) -> assertThat(violation).contains("cdn.example.com").contains("Content Security Policy"));
	}

	private HttpResponse<Void> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(browser.base() + path)).build(),
				HttpResponse.BodyHandlers.discarding());
	}

}
