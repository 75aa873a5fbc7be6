package dev.passwordless.vaadin.admission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import dev.passwordless.vaadin.i18n.PasswordlessI18NProvider;
import dev.passwordless.vaadin.operations.SignInMetrics;
import dev.passwordless.vaadin.security.SessionKeys;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Admission at the door, with requests in progress made by nesting: a request whose chain
 * runs the next one is still in progress while that one is decided. Each request in
 * progress comes from a client of its own unless a test says otherwise.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInAdmissionTest {

	private static final int BUSY_AT = 8;

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final SignInAdmission admission = admission("/*");

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
		request.addPreferredLocale(Locale.ENGLISH);
		request.addPreferredLocale(Locale.GERMANY);

		MockHttpServletResponse response = whileInProgress(BUSY_AT, request);

		assertThat(this.served).doesNotContain("/login");
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(response.getHeader("Content-Security-Policy")).startsWith("default-src 'none'")
			.contains("style-src 'sha256-")
			.doesNotContain("unsafe");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<html lang=\"de\">", "<title>Anmelden</title>",
				"<p id=\"message\" role=\"status\">Die Anmeldung ist gerade ausgelastet. Bitte versuchen Sie es in 10 Sekunden erneut.</p>");
		assertThat(request.getSession(false)).isNull();
		assertThat(this.registry.counter("passwordless.sign-ins.turned-away").count()).isEqualTo(1);
	}

	@Test
	void turnedAwayPageWhenTheRequestCameOverTlsThenStrictTransportSecurityWithSpringSecuritysDefaultsAndOverPlainHttpNone()
			throws Exception {
		MockHttpServletRequest overTls = get("/login");
		overTls.setSecure(true);
		MockHttpServletRequest plain = get("/login");

		assertThat(whileInProgress(BUSY_AT, overTls).getHeader("Strict-Transport-Security"))
			.isEqualTo("max-age=31536000 ; includeSubDomains");
		MockHttpServletResponse plainResponse = whileInProgress(BUSY_AT, plain);
		assertThat(plainResponse.getStatus()).isEqualTo(503);
		assertThat(plainResponse.getHeader("Strict-Transport-Security")).isNull();
	}

	@Test
	void turnedAwayPageWhenShownThenItsTryAgainKeepsTheAddressAndQueryAndItNeverRefreshesItself() throws Exception {
		MockHttpServletRequest request = get("/register");
		request.setQueryString("signed-out");

		String page = whileInProgress(BUSY_AT, request).getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("lang=\"en\"", "<title>Register</title>",
				"Sign-in is busy right now. Please try again in 10 seconds.", "<a href=\"\">Try again</a>");
		assertThat(page).doesNotContain("refresh", "<script");
	}

	static List<String> underWay() {
		return List.of(SessionKeys.PENDING_SIGN_IN, SessionKeys.PENDING_PASSKEY, SessionKeys.UNCONFIRMED_ACCOUNT,
				SessionKeys.COMPLETED);
	}

	@ParameterizedTest
	@MethodSource("underWay")
	void signInPageWhenThisBrowsersSignInIsUnderWayThenServedHoweverBusy(String underWay) throws Exception {
		MockHttpServletRequest request = get("/login");
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(underWay, "kept");
		request.setSession(session);

		assertThat(whileInProgress(BUSY_AT + 10, request).getStatus()).isEqualTo(200);
	}

	@Test
	void everythingButOpeningTheSignInPagesWhenBusyThenServed() throws Exception {
		MockHttpServletRequest viewRequest = new MockHttpServletRequest("POST", "/");
		viewRequest.setQueryString("v-r=uidl&v-uiId=0");
		List<MockHttpServletRequest> others = List.of(viewRequest, get("/"), get("/reports"), get("/signin/complete"),
				get("/login/x"), new MockHttpServletRequest("POST", "/login"));

		for (MockHttpServletRequest other : others) {
			assertThat(whileInProgress(BUSY_AT + 10, other).getStatus()).as(other.getRequestURI()).isEqualTo(200);
		}
	}

	@Test
	void signInPagesWhenBusyThenTurnedAwayHoweverTheAddressIsWritten() throws Exception {
		MockHttpServletRequest underContext = get("/portal/login/");
		underContext.setContextPath("/portal");
		MockHttpServletRequest head = get("/login");
		head.setMethod("HEAD");

		for (MockHttpServletRequest door : List.of(underContext, get("/register/"), get("/%6Cogin"),
				get("/login;jsessionid=1"), head)) {
			assertThat(whileInProgress(BUSY_AT, door).getStatus()).as(door.getRequestURI()).isEqualTo(503);
		}
	}

	@Test
	void signInPageUnderVaadinsOwnMappingWhenBusyThenTurnedAway() throws Exception {
		SignInAdmission underUi = admission("/ui/*");

		assertThat(whileInProgress(underUi, BUSY_AT, get("/login")).getStatus()).isEqualTo(200);
		assertThat(whileInProgress(underUi, BUSY_AT, get("/ui/login")).getStatus()).isEqualTo(503);
	}

	@Test
	void requestsWhenOneClientHoldsManyThenOnlyFourCountSoItCannotCloseTheDoor() throws Exception {
		MockHttpServletResponse response = run(this.admission, BUSY_AT * 3, get("/login"),
				others("/reports", (i) -> "192.0.2.1"));

		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void requestsWhenOneClientHoldsFourAmongOthersThenAllFourCount() throws Exception {
		MockHttpServletResponse response = run(this.admission, BUSY_AT, get("/login"),
				others("/reports", (i) -> (i < SignInAdmission.PER_CLIENT) ? "192.0.2.1" : "198.51.100." + i));

		assertThat(response.getStatus()).isEqualTo(503);
	}

	@Test
	void staticFilesWhenInProgressThenNotCounted() throws Exception {
		for (String file : List.of("/VAADIN/build/bundle.js", "/passwordless/sign-in.css", "/favicon.ico")) {
			MockHttpServletResponse response = run(this.admission, BUSY_AT, get("/login"),
					others(file, (i) -> "198.51.100." + i));

			assertThat(response.getStatus()).as(file).isEqualTo(200);
		}
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
	void errorDispatchWhenTheInstanceIsBusyThenNeitherCountedNorTurnedAway() throws Exception {
		MockHttpServletRequest error = get("/login");
		error.setDispatcherType(DispatcherType.ERROR);
		error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/reports");

		assertThat(whileInProgress(BUSY_AT + 10, error).getStatus()).isEqualTo(200);
	}

	@Test
	void doorWhenTurningAwayThenOpensAgainOnlyBelowThreeQuartersOfTheLimit() throws Exception {
		assertThat(whileInProgress(BUSY_AT, get("/login")).getStatus()).isEqualTo(503);

		assertThat(whileInProgress(BUSY_AT - 1, get("/login")).getStatus()).as("just below the limit").isEqualTo(503);
		assertThat(whileInProgress(BUSY_AT * 3 / 4, get("/login")).getStatus()).as("at three quarters").isEqualTo(503);
		assertThat(whileInProgress(BUSY_AT * 3 / 4 - 1, get("/login")).getStatus()).isEqualTo(200);
		assertThat(whileInProgress(BUSY_AT - 1, get("/login")).getStatus()).as("open until the limit again")
			.isEqualTo(200);
	}

	@Test
	void turningAwayWhenItStartsAndStopsThenOneLineEachWithHowMany(CapturedOutput output) throws Exception {
		whileInProgress(BUSY_AT, get("/login"));
		whileInProgress(BUSY_AT + 1, get("/login"));
		whileInProgress(BUSY_AT - 1, get("/register"));
		whileInProgress(0, get("/login"));
		whileInProgress(0, get("/login"));

		assertThat(output.getOut().lines().filter((line) -> line.contains("Turning new sign-ins away"))).singleElement()
			.asString()
			.contains("9 requests in progress (passwordless.admission.busy-at 8)", "try again in 10 s");
		assertThat(output.getOut().lines().filter((line) -> line.contains("Taking new sign-ins again"))).singleElement()
			.asString()
			.contains("1 requests in progress", "3 were turned away meanwhile");
		assertThat(this.registry.get("passwordless.admission.in-progress").gauge().value()).isZero();
	}

	private SignInAdmission admission(String views) {
		SignInMetrics metrics = new SignInMetrics(this.registry);
		SignInAdmission admission = new SignInAdmission(new AdmissionProperties(true, BUSY_AT, Duration.ofSeconds(10)),
				views, new BusyPage(new PasswordlessI18NProvider(List.of(Locale.ENGLISH, Locale.GERMAN), List.of())),
				metrics);
		metrics.requestsInProgress(admission::inProgress);
		return admission;
	}

	private MockHttpServletResponse whileInProgress(int others, MockHttpServletRequest request)
			throws ServletException, IOException {
		return whileInProgress(this.admission, others, request);
	}

	private MockHttpServletResponse whileInProgress(SignInAdmission admission, int others,
			MockHttpServletRequest request) throws ServletException, IOException {
		return run(admission, others, request, others("/reports", (i) -> "198.51.100." + i));
	}

	/** Requests in progress for a path, the i-th from the given client. */
	private static IntFunction<MockHttpServletRequest> others(String path, IntFunction<String> client) {
		return (i) -> {
			MockHttpServletRequest other = get(path);
			other.setRemoteAddr(client.apply(i));
			return other;
		};
	}

	/**
	 * Runs the request while {@code others} requests are in progress, each one's chain
	 * running the next.
	 */
	private MockHttpServletResponse run(SignInAdmission admission, int others, MockHttpServletRequest request,
			IntFunction<MockHttpServletRequest> other) throws ServletException, IOException {
		MockHttpServletResponse response = response();
		FilterChain innermost = this::serve;
		FilterChain chain = (outer, outerResponse) -> admission.doFilter(request, response, innermost);
		for (int i = 0; i < others; i++) {
			FilterChain inner = chain;
			MockHttpServletRequest next = other.apply(i);
			chain = (outer, outerResponse) -> admission.doFilter(next, response(), inner);
		}
		chain.doFilter(null, null);
		return response;
	}

	private void serve(ServletRequest request, ServletResponse response) {
		this.served.add(((HttpServletRequest) request).getRequestURI());
	}

	private static MockHttpServletRequest get(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr("203.0.113.7");
		return request;
	}

	private static MockHttpServletResponse response() {
		return new MockHttpServletResponse();
	}

}
