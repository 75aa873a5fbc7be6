package dev.passwordless.vaadin.admission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.passwordless.vaadin.i18n.PasswordlessI18NProvider;
import dev.passwordless.vaadin.operations.SignInMetrics;
import dev.passwordless.vaadin.security.SessionKeys;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Admission at the door, with requests in progress made by nesting: a request whose chain
 * runs the next one is still in progress while that one is decided.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInAdmissionTest {

	private static final int BUSY_AT = 2;

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final SignInAdmission admission = new SignInAdmission(
			new AdmissionProperties(true, BUSY_AT, Duration.ofSeconds(10)),
			new BusyPage(new PasswordlessI18NProvider(List.of(Locale.ENGLISH, Locale.GERMAN), List.of())),
			new SignInMetrics(this.registry));

	private final List<String> served = new ArrayList<>();

	@Test
	void signInPageWhenFewerRequestsThanTheLimitAreInProgressThenServed() throws Exception {
		MockHttpServletResponse response = whileInProgress(BUSY_AT - 1, get("/login"));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(this.served).contains("/login");
	}

	@Test
	void signInPageWhenTheLimitIsReachedThenTurnedAwayWithTheWaitInTheBrowsersLanguageAndNoSession() throws Exception {
		MockHttpServletRequest request = get("/login");
		request.addHeader("Accept-Language", "de-DE,de;q=0.9,en;q=0.8");
		request.addPreferredLocale(Locale.ENGLISH);
		request.addPreferredLocale(Locale.GERMANY);

		MockHttpServletResponse response = whileInProgress(BUSY_AT, request);

		assertThat(this.served).doesNotContain("/login");
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(response.getHeader("Content-Security-Policy")).startsWith("default-src 'none'; style-src 'sha256-")
			.doesNotContain("unsafe");
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<html lang=\"de\">", "<title>Anmelden</title>",
				"<p id=\"message\" role=\"status\">Die Anmeldung ist gerade ausgelastet. Bitte versuchen Sie es in 10 Sekunden erneut.</p>");
		assertThat(request.getSession(false)).isNull();
		assertThat(this.registry.counter("passwordless.sign-ins.turned-away").count()).isEqualTo(1);
	}

	@Test
	void turnedAwayPageWhenShownThenItLinksBackToThePageAskedForAndNeverRefreshesItself() throws Exception {
		MockHttpServletRequest request = get("/portal/register");
		request.setContextPath("/portal");

		String page = whileInProgress(BUSY_AT, request).getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("lang=\"en\"", "Sign-in is busy right now. Please try again in 10 seconds.",
				"<a href=\"/portal/register\">Try again</a>");
		assertThat(page).doesNotContain("refresh", "<script");
	}

	@Test
	void signInPageWhenThisBrowsersSignInIsInProgressThenServedHoweverBusy() throws Exception {
		for (String inProgress : List.of(SessionKeys.PENDING_SIGN_IN, SessionKeys.PENDING_PASSKEY,
				SessionKeys.UNCONFIRMED_ACCOUNT, SessionKeys.COMPLETED)) {
			MockHttpServletRequest request = get("/login");
			MockHttpSession session = new MockHttpSession();
			session.setAttribute(inProgress, "kept");
			request.setSession(session);

			assertThat(whileInProgress(BUSY_AT + 10, request).getStatus()).as(inProgress).isEqualTo(200);
		}
	}

	@Test
	void everythingButOpeningTheSignInPagesWhenBusyThenServed() throws Exception {
		MockHttpServletRequest viewRequest = new MockHttpServletRequest("POST", "/");
		viewRequest.setQueryString("v-r=uidl&v-uiId=0");
		List<MockHttpServletRequest> others = List.of(viewRequest, get("/"), get("/reports"), get("/signin/complete"),
				get("/login/../reports"), new MockHttpServletRequest("POST", "/login"));

		for (MockHttpServletRequest other : others) {
			assertThat(whileInProgress(BUSY_AT + 10, other).getStatus()).as(other.getRequestURI()).isEqualTo(200);
		}
	}

	@Test
	void signInPagesUnderAContextPathAndWithATrailingSlashWhenBusyThenTurnedAway() throws Exception {
		MockHttpServletRequest underContext = get("/portal/login/");
		underContext.setContextPath("/portal");

		assertThat(whileInProgress(BUSY_AT, underContext).getStatus()).isEqualTo(503);
		assertThat(whileInProgress(BUSY_AT, get("/register/")).getStatus()).isEqualTo(503);
	}

	@Test
	void requestsWhenTheyEndNormallyOrWithAnErrorThenNoLongerCounted() throws Exception {
		FilterChain failing = (request, response) -> {
			throw new IOException("the client went away");
		};
		assertThatIOException().isThrownBy(() -> this.admission.doFilter(get("/reports"), response(), failing));
		whileInProgress(BUSY_AT + 3, get("/reports"));

		assertThat(this.admission.inProgress()).isZero();
		assertThat(whileInProgress(0, get("/login")).getStatus()).isEqualTo(200);
	}

	@Test
	void turningAwayWhenItStartsAndStopsThenOneLineEachWithHowMany(CapturedOutput output) throws Exception {
		whileInProgress(BUSY_AT, get("/login"));
		whileInProgress(BUSY_AT + 1, get("/login"));
		whileInProgress(BUSY_AT, get("/register"));
		whileInProgress(0, get("/login"));
		whileInProgress(0, get("/login"));

		assertThat(output.getOut().lines().filter((line) -> line.contains("Turning new sign-ins away"))).singleElement()
			.asString()
			.contains("3 requests in progress (passwordless.admission.busy-at 2)", "try again in 10 s");
		assertThat(output.getOut().lines().filter((line) -> line.contains("Taking new sign-ins again"))).singleElement()
			.asString()
			.contains("3 were turned away meanwhile");
	}

	/**
	 * Runs the request while {@code others} requests are in progress, each one's chain
	 * running the next.
	 */
	private MockHttpServletResponse whileInProgress(int others, MockHttpServletRequest request)
			throws ServletException, IOException {
		MockHttpServletResponse response = response();
		FilterChain innermost = this::serve;
		if (others == 0) {
			this.admission.doFilter(request, response, innermost);
			return response;
		}
		FilterChain chain = (outer, outerResponse) -> this.admission.doFilter(request, response, innermost);
		for (int i = 1; i < others; i++) {
			FilterChain inner = chain;
			chain = (outer, outerResponse) -> this.admission.doFilter(get("/reports"), response(), inner);
		}
		this.admission.doFilter(get("/reports"), response(), chain);
		return response;
	}

	private void serve(ServletRequest request, ServletResponse response) {
		this.served.add(((HttpServletRequest) request).getRequestURI());
	}

	private static MockHttpServletRequest get(String path) {
		return new MockHttpServletRequest("GET", path);
	}

	private static MockHttpServletResponse response() {
		return new MockHttpServletResponse();
	}

}
