package dev.passwordless.topology;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.pages.CodePage;
import dev.passwordless.testing.pages.HomePage;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.pages.RegisterPage;
import dev.passwordless.testing.pages.UsersPage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production topology on one machine, driven by a real headless Chromium through the
 * load balancer: two instances of {@code java -jar webapp.jar} (no {@code local}
 * profile), HAProxy in front (sticky by cookie, {@code X-Forwarded-For}, readiness
 * checks), one shared PostgreSQL and one standalone local Cognito (see {@link Topology}).
 *
 * <p>
 * Addresses, since everything runs on 127.0.0.1: HAProxy reaches the apps from 127.0.0.2,
 * the only address they trust for forwarded headers. Each test's browser reaches HAProxy
 * from an address of its own, 127.0.0.N, through a hop bound to it ({@link Visitor}), as
 * if each test's browser were a client on its own machine; so the per-address limit of
 * one test never counts another's requests, and "the browser's address" and "the proxy's
 * address" differ as they do in production. An instance is chosen the way the proxy
 * chooses it for a returning browser: by the sticky cookie, which names it.
 *
 * <p>
 * The first administrator is set up by the two instances as they start side by side.
 *
 * <p>
 * The servers start once for the class; a test that stops a server has it started again
 * after it. Every test uses phone numbers of its own.
 */
class ProductionTopologyIT {

	@RegisterExtension
	static final TopologyExtension TOPOLOGY = new TopologyExtension();

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	private static final String TOO_MANY_CODES = "Too many codes for this number";

	private static final String TOO_MANY_ATTEMPTS = "Too many attempts";

	/** The code step's checkbox "Stay signed in on this device". */
	private static final String STAY_SIGNED_IN = "stay-signed-in";

	private final WebDriver driver = browser.driver();

	private Visitor visitor;

	@AfterEach
	void wholeTopologyAgain() {
		if (this.visitor != null) {
			this.visitor.close();
		}
		TOPOLOGY.get().ensureRunning();
	}

	@Test
	void signInWhenThroughTheLoadBalancerThenOneInstanceServesItFromStartToEnd() {
		Topology topology = TOPOLOGY.get();
		String phone = "+12025550101";
		this.visitor = Visitor.from("127.0.0.10", browser, topology.proxy()).fresh();
		CodePage code = RegisterPage.open(this.driver, this.visitor.base()).register("Alan Turing", phone);
		String servedBy = this.visitor.instance();
		HomePage home = code.enter(topology.cognito().outbox().latestCode(phone), HomePage::new);
		assertThat(home.userName()).isEqualTo("Alan Turing");
		assertThat(this.visitor.instance()).as("sticky").isEqualTo(servedBy);
		assertThat(topology.apps()).extracting(AppInstance::name).contains(servedBy);
	}

	@Test
	void sendCodeWhenAskedOnOneInstanceAndAgainOnTheOtherThenRefusedWithTheWaitAndNoSecondSms() {
		Topology topology = TOPOLOGY.get();
		String phone = "+12025550111";
		this.visitor = Visitor.from("127.0.0.11", browser, topology.proxy()).fresh();
		RegisterPage.open(this.driver, this.visitor.base()).register("Ada Lovelace", phone);
		AppInstance other = topology.other(this.visitor.instance());
		assertThat(topology.cognito().outbox().messagesTo(phone)).hasSize(1);

		this.visitor.fresh().pinnedTo(other);
		String refusal = LoginPage.open(this.driver, this.visitor.base())
			.sendCodeExpectingProblem(phone)
			.messageContaining(TOO_MANY_CODES);

		assertThat(this.visitor.instance()).as("the instance that refused").isEqualTo(other.name());
		assertThat(refusal).matches(TOO_MANY_CODES + "\\. Please try again in \\d+ seconds?\\.");
		assertThat(topology.cognito().outbox().messagesTo(phone)).as("no second SMS").hasSize(1);
	}

	@Test
	void sendCodeWhenTheBrowsersAddressUsedItsLimitThenRefusedOnEitherInstanceForgedHeaderOrNotWhileAnotherClientIsServed() {
		Topology topology = TOPOLOGY.get();
		List<AppInstance> apps = topology.apps();
		this.visitor = Visitor.from("127.0.0.21", browser, topology.proxy());
		for (int i = 0; i < Topology.ADDRESS_SENDS_PER_HOUR; i++) {
			this.visitor.fresh().pinnedTo(apps.get(i % 2));
			LoginPage.open(this.driver, this.visitor.base()).sendCodeTo("+1917555012" + i);
		}
		for (AppInstance app : apps) {
			this.visitor.fresh().pinnedTo(app);
			assertThat(LoginPage.open(this.driver, this.visitor.base())
				.sendCodeExpectingProblem("+1917555013" + app.name().charAt(3))
				.messageContaining(TOO_MANY_ATTEMPTS)).as("refused on " + app.name()).contains("Please try again in");
		}
		this.visitor.fresh().forging("198.51.100.21").pinnedTo(apps.get(0));
		assertThat(LoginPage.open(this.driver, this.visitor.base())
			.sendCodeExpectingProblem("+19175550135")
			.messageContaining(TOO_MANY_ATTEMPTS)).as("refused with a forged X-Forwarded-For")
			.contains("Please try again in");
		this.visitor.close();

		this.visitor = Visitor.from("127.0.0.22", browser, topology.proxy()).fresh();
		CodePage served = LoginPage.open(this.driver, this.visitor.base()).sendCodeTo("+19175550136");
		assertThat(served.sentTo()).as("another client behind the same proxy").isNotBlank();
	}

	@Test
	void staySignedInWhenTheInstanceServingTheUserStopsThenTheOtherSignsThemInWithoutAnSms() {
		Topology topology = TOPOLOGY.get();
		String phone = "+12025550131";
		this.visitor = Visitor.from("127.0.0.31", browser, topology.proxy()).fresh();
		signInStayingSignedIn("Grace Hopper", phone);
		AppInstance served = topology.app(this.visitor.instance());

		topology.stop(served);
		this.visitor.open("/");

		assertThat(new HomePage(this.driver).userName()).isEqualTo("Grace Hopper");
		assertThat(this.visitor.instance()).as("moved by the proxy").isEqualTo(topology.other(served.name()).name());
		assertThat(topology.cognito().outbox().messagesTo(phone)).as("no SMS").hasSize(1);
	}

	/**
	 * Sessions are not replicated: the sign-in under way (Cognito's session for the code,
	 * its attempts) lives on the instance that sent the code. When that instance is gone,
	 * the page reloads on the other, at the start of the sign-in with no error; a new
	 * code waits for the cooldown the first one started (the limits are shared), so no
	 * second SMS goes out for the restart.
	 */
	@Test
	void enterCodeWhenTheInstanceThatSentItStopsThenTheOtherStartsTheSignInAgainWithoutASecondSms() {
		Topology topology = TOPOLOGY.get();
		String phone = "+12025550145";
		this.visitor = Visitor.from("127.0.0.45", browser, topology.proxy()).fresh();
		CodePage code = RegisterPage.open(this.driver, this.visitor.base()).register("Hedy Lamarr", phone);
		AppInstance served = topology.app(this.visitor.instance());
		assertThat(topology.cognito().outbox().messagesTo(phone)).hasSize(1);

		topology.stop(served);
		code.typeCode(topology.cognito().outbox().latestCode(phone));

		LoginPage login = new LoginPage(this.driver);
		assertThat(this.visitor.instance()).as("moved by the proxy").isEqualTo(topology.other(served.name()).name());
		String refusal = login.sendCodeExpectingProblem(phone).messageContaining(TOO_MANY_CODES);
		assertThat(refusal).as("the cooldown the first code started, kept for the other")
			.matches(TOO_MANY_CODES + "\\. Please try again in \\d+ seconds?\\.");
		assertThat(topology.cognito().outbox().messagesTo(phone)).as("no second SMS").hasSize(1);
	}

	@Test
	void staySignedInWhenBothInstancesRestartThenStillSignedInWithoutAnSms() {
		Topology topology = TOPOLOGY.get();
		String phone = "+12025550132";
		this.visitor = Visitor.from("127.0.0.32", browser, topology.proxy()).fresh();
		signInStayingSignedIn("Katherine Johnson", phone);

		topology.restartAll();
		this.visitor.open("/");

		assertThat(new HomePage(this.driver).userName()).isEqualTo("Katherine Johnson");
		assertThat(topology.cognito().outbox().messagesTo(phone)).as("no SMS").hasSize(1);
	}

	@Test
	void rememberMeWhenSignedOutThenTheSavedCookieSignsInOnNeitherInstance() {
		Topology topology = TOPOLOGY.get();
		String phone = "+12025550141";
		this.visitor = Visitor.from("127.0.0.41", browser, topology.proxy()).fresh();
		HomePage home = signInStayingSignedIn("Margaret Hamilton", phone);
		List<Cookie> saved = this.visitor.appCookies();
		assertThat(saved).as("the remember-me cookie").isNotEmpty();

		home.signOut();

		for (AppInstance app : topology.apps()) {
			this.visitor.fresh().pinnedTo(app).with(saved).open("/");
			new LoginPage(this.driver);
			assertThat(this.driver.getCurrentUrl()).as("on " + app.name()).endsWith("/login");
			assertThat(this.visitor.instance()).isEqualTo(app.name());
		}
	}

	@Test
	void readinessWhenAllIsUpThenEachInstanceAnswersUpAndTheProxyCountsItInByThatCheck() {
		Topology topology = TOPOLOGY.get();
		assertThat(topology.proxy().config()).contains("option httpchk GET /actuator/health/readiness");
		for (AppInstance app : topology.apps()) {
			HttpResponse<String> readiness = app.readiness().orElseThrow();
			assertThat(readiness.statusCode()).as(app.name()).isEqualTo(200);
			assertThat(readiness.body()).as(app.name()).contains("\"status\":\"UP\"");
			assertThat(topology.proxy().state(app.name())).isEqualTo(new HaProxy.ServerState("UP", "L7OK", "200"));
		}
	}

	@Test
	void readinessWhenTheDatabaseIsDownThenTheProxyTakesEachInstanceOutUntilItIsBack() {
		Topology topology = TOPOLOGY.get();
		topology.postgres().stop();
		for (AppInstance app : topology.apps()) {
			Awaitility.await(app.name() + " not ready")
				.atMost(Duration.ofSeconds(30))
				.until(() -> app.readiness().map(HttpResponse::statusCode).orElse(0) == 503);
			topology.proxy().awaitStatus(app.name(), "DOWN", Duration.ofSeconds(30));
			// taken out for its answer, not for a timeout: HAProxy's checks (every 500
			// ms) see
			// the 503; one read could land on a check still under way
			Awaitility.await(app.name() + " out for its 503")
				.atMost(Duration.ofSeconds(10))
				.until(() -> topology.proxy().state(app.name()),
						(state) -> "DOWN".equals(state.status()) && "503".equals(state.checkCode()));
		}

		topology.postgres().start();

		for (AppInstance app : topology.apps()) {
			topology.proxy().awaitStatus(app.name(), "UP", Duration.ofSeconds(60));
		}
	}

	@Test
	void disableWhenAnAdministratorOnOneInstanceDisablesSomeoneThenTheirSessionOnTheOtherEnds() {
		Topology topology = TOPOLOGY.get();
		String phone = "+12025550151";
		this.visitor = Visitor.from("127.0.0.51", browser, topology.proxy()).fresh();
		signInStayingSignedIn("Dorothy Vaughan", phone);
		AppInstance theirs = topology.app(this.visitor.instance());
		List<Cookie> theirCookies = this.visitor.appCookies();

		// the first administrator, on the other instance, with a fresh code
		this.visitor.fresh().pinnedTo(topology.other(theirs.name())).open("/login");
		new LoginPage(this.driver).sendCodeTo(Topology.ADMINISTRATOR)
			.enter(topology.cognito().outbox().latestCode(Topology.ADMINISTRATOR), HomePage::new);
		this.visitor.open("/admin/users");
		UsersPage users = new UsersPage(this.driver).searchOne(phone, "Dorothy Vaughan").openPerson("Dorothy Vaughan");
		assertThat(users.act("disable")).startsWith("Disabled");

		// their browser, back on their instance: its open session and "stay signed in"
		// end
		Awaitility.await("the session on " + theirs.name() + " ends")
			.atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> {
				this.visitor.fresh().pinnedTo(theirs).with(theirCookies).open("/");
				assertThat(this.driver.getCurrentUrl()).endsWith("/login");
			});
		assertThat(this.visitor.instance()).isEqualTo(theirs.name());
	}

	/** Registers, ticks "Stay signed in" on the code step and signs in. */
	private HomePage signInStayingSignedIn(String name, String phone) {
		CodePage code = RegisterPage.open(this.driver, this.visitor.base()).register(name, phone);
		if (code.element(STAY_SIGNED_IN).getDomAttribute("checked") == null) {
			code.click(STAY_SIGNED_IN);
		}
		assertThat(code.element(STAY_SIGNED_IN).getDomAttribute("checked")).as("ticked").isNotNull();
		HomePage home = code.enter(TOPOLOGY.get().cognito().outbox().latestCode(phone), HomePage::new);
		assertThat(home.userName()).isEqualTo(name);
		assertThat(TOPOLOGY.get().cognito().outbox().messagesTo(phone)).hasSize(1);
		return home;
	}

}
