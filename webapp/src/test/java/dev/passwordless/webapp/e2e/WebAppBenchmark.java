package dev.passwordless.webapp.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.passwordless.local.LocalCognito;
import dev.passwordless.testing.browser.Chromium;
import dev.passwordless.testing.pages.CodePage;
import dev.passwordless.testing.pages.HomePage;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.pages.RegisterPage;
import dev.passwordless.testing.sms.Outbox;
import dev.passwordless.webapp.Application;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.HasDevTools;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Benchmark of the web app on the offline default (not a test): start-up time, server
 * time per step of a sign-in (measured by a servlet filter around each request while a
 * real Chromium signs in), and heap per signed-in session whose UI is still alive: each
 * user signs in in a browser context of their own (CDP
 * {@code Target.createBrowserContext}) whose window stays on the home page, after a
 * warm-up; the figure is the slope between 10 and 30 such sessions, read after full GCs
 * once the keep-alive connections have closed, and the run fails unless the number of
 * live Vaadin UIs is the number of sessions. Each figure is printed with a baseline
 * measured in the same run: server time of a static file, and the heap at the first
 * reading. Then, in the first window again, as many users (at least 30) each with a
 * virtual authenticator of their own (Selenium's, a platform authenticator with user
 * verification) sign in by SMS code, make a passkey on the offer, sign out and sign in
 * with the passkey: the server time of that step is the sum of the UIDL round trips from
 * the click on "Sign in with a passkey" to the home page (the browser's and the
 * authenticator's time between them excluded), and the run fails if any of those sign-ins
 * sent an SMS. Run with {@code webapp/bench/web-app.sh [sign-ins, default 60]}.
 */
public final class WebAppBenchmark {

	private static final Map<String, List<Long>> TIMES = new ConcurrentHashMap<>();

	/** What the timing filter files requests under: see {@link Timing#step}. */
	private static volatile Phase phase = Phase.SMS;

	/** Server time of the current passkey sign-in's UIDL round trips, summed. */
	private static final AtomicLong PASSKEY_STEP = new AtomicLong();

	/** The number of those round trips. */
	private static final AtomicInteger PASSKEY_ROUND_TRIPS = new AtomicInteger();

	private enum Phase {

		/** The SMS sign-ins and the heap measurement, filed as before. */
		SMS,
		/** A passkey user's sign-up and passkey creation: nothing filed. */
		OFF,
		/** A passkey sign-in: its UIDL round trips summed, its completion filed. */
		PASSKEY

	}

	private WebAppBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int signIns = (args.length > 0) ? Integer.parseInt(args[0]) : 60;
		long start = System.nanoTime();
		SpringApplication app = new SpringApplication(Application.class, Timing.class, LiveUis.class);
		ConfigurableApplicationContext context = app.run("--spring.profiles.active=local", "--server.port=0",
				"--vaadin.productionMode=true", "--local-cognito.port=0", "--local-cognito.data-directory=",
				"--passwordless.store.data-directory=", "--passwordless.limits.phone-cooldown=0s",
				"--passwordless.limits.phone-sends-per-hour=100", "--passwordless.limits.address-sends-per-hour=100000",
				"--passwordless.limits.phone-checks-per-ten-minutes=100000",
				"--passwordless.limits.address-checks-per-ten-minutes=100000", "--logging.level.root=WARN",
				// connections close 2 s after their last request, so a heap reading holds
				// none
				"--server.tomcat.keep-alive-timeout=2s");
		double startupSeconds = (System.nanoTime() - start) / 1e9;
		String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
		LocalCognito cognito = context.getBean(LocalCognito.class);
		WebDriver driver = Chromium.start();
		try {
			for (int i = 0; i < 5; i++) {
				signIn(driver, base, cognito, "+1415555" + (9000 + i), false);
			}
			TIMES.clear();
			for (int i = 0; i < signIns; i++) {
				driver.get(base + "/frontend-static/styles/app.css?n=" + i);
				signIn(driver, base, cognito, "+1415555" + (1000 + i), true);
			}
			System.out.printf("Web app on the offline default, %d sign-ins through headless Chromium%n", signIns);
			System.out.printf("  start-up (JVM running to app ready): %.2f s%n", startupSeconds);
			double baseline = percentile(TIMES.get("static file"), 50);
			System.out.printf("  %-34s %8s %8s %8s%n", "server time per request", "p50 ms", "p95 ms", "p50/baseline");
			for (String step : List.of("static file", "register page", "register (send code)", "code (verify)",
					"signin/complete", "home page")) {
				printRow(step, baseline);
			}
			List<Long> codeVerify = new ArrayList<>(TIMES.getOrDefault("code (verify)", List.of()));
			heapPerLiveSession(driver, base, cognito);
			// the heap measurement's requests, filed as before, are not shown
			TIMES.clear();
			TIMES.put("SMS code (verify), as above", codeVerify);
			int passkeyUsers = Math.max(30, signIns);
			int sms = passkeySignIns(driver, base, cognito, passkeyUsers);
			System.out.printf("  %d passkey sign-ins of returning users (a virtual authenticator each), "
					+ "SMS sent during them: %d%n", passkeyUsers, sms);
			System.out.printf("  %-34s %8s %8s %8s%n", "server time per step", "p50 ms", "p95 ms", "p50/baseline");
			for (String step : List.of("SMS code (verify), as above", "passkey, sign in (UIDL round trips)",
					"passkey, signin/complete")) {
				printRow(step, baseline);
			}
		}
		finally {
			driver.quit();
			context.close();
		}
	}

	/**
	 * Heap per signed-in session whose UI is alive: warm-up users in contexts that are
	 * then closed, then 10 and 30 users each in a context of their own left on the home
	 * page; the slope between the two readings.
	 */
	private static void heapPerLiveSession(WebDriver driver, String base, LocalCognito cognito) throws Exception {
		String main = driver.getWindowHandle();
		// the timing loop's last home page goes (its UI closes with the unload beacon)
		driver.get(base + "/frontend-static/images/logo.svg");
		DevTools devTools = ((HasDevTools) driver).getDevTools();
		List<String> warmUp = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			warmUp.add(signInInOwnContext(driver, devTools, base, cognito, "+1415555" + (8000 + i)));
		}
		for (String window : warmUp) {
			driver.switchTo().window(window).close();
		}
		driver.switchTo().window(main);
		long first = reading(base, 0);
		List<String> windows = new ArrayList<>();
		int n1 = 10;
		int n2 = 30;
		for (int i = 0; i < n1; i++) {
			windows.add(signInInOwnContext(driver, devTools, base, cognito, "+1415555" + (2000 + i)));
		}
		long heap1 = reading(base, n1);
		for (int i = n1; i < n2; i++) {
			windows.add(signInInOwnContext(driver, devTools, base, cognito, "+1415555" + (2000 + i)));
		}
		long heap2 = reading(base, n2);
		for (String window : windows) {
			driver.switchTo().window(window).close();
		}
		driver.switchTo().window(main);
		long closed = reading(base, 0);
		System.out.printf(
				"  heap per signed-in session with its UI alive: %.1f KiB (slope %d -> %d sessions, %d and %d live UIs; "
						+ "heap %.1f -> %.1f -> %.1f MiB; offline default, includes the in-process local Cognito's "
						+ "share per user)%n",
				(heap2 - heap1) / 1024.0 / (n2 - n1), n1, n2, n1, n2, first / 1048576.0, heap1 / 1048576.0,
				heap2 / 1048576.0);
		System.out.printf("  of which the UI (windows closed, sessions kept): %.1f KiB per session (heap %.1f MiB)%n",
				(heap2 - closed) / 1024.0 / n2, closed / 1048576.0);
	}

	/**
	 * Signs a user in in a new browser context's window, which stays on the home page.
	 */
	private static String signInInOwnContext(WebDriver driver, DevTools devTools, String base, LocalCognito cognito,
			String phone) {
		Map<?, ?> context = devTools.send(new Command<>("Target.createBrowserContext", Map.of("disposeOnDetach", false),
				(input) -> input.read(Map.class)));
		Set<String> before = driver.getWindowHandles();
		devTools.send(new Command<>("Target.createTarget",
				Map.of("url", "about:blank", "browserContextId", context.get("browserContextId"), "newWindow", true),
				(input) -> input.read(Map.class)));
		Set<String> after = new HashSet<>(driver.getWindowHandles());
		after.removeAll(before);
		String window = after.iterator().next();
		driver.switchTo().window(window);
		CodePage code = RegisterPage.open(driver, base).register("Bench User", phone);
		code.enter(Outbox.at(cognito.pool().endpoint()).latestCode(phone), HomePage::new);
		return window;
	}

	/**
	 * The used heap after full GCs, once the app's connections have closed, and with the
	 * expected number of live UIs.
	 */
	private static long reading(String base, int expectedUis) throws Exception {
		int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (established(port) > 0 && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		long heap = usedHeapAfterGc();
		if (LiveUis.COUNT.get() != expectedUis) {
			throw new IllegalStateException(
					"Measuring " + expectedUis + " live UIs, but the app holds " + LiveUis.COUNT.get());
		}
		return heap;
	}

	/** Established connections to the app's port, as {@code ss} lists them. */
	private static int established(int port) throws IOException, InterruptedException {
		Process ss = new ProcessBuilder("ss", "-Htn", "state", "established", "( sport = :" + port + " )")
			.redirectErrorStream(true)
			.start();
		String out = new String(ss.getInputStream().readAllBytes());
		ss.waitFor();
		return (int) out.lines().filter((line) -> !line.isBlank()).count();
	}

	private static void printRow(String step, double baseline) {
		List<Long> times = TIMES.getOrDefault(step, List.of());
		if (!times.isEmpty()) {
			System.out.printf("  %-34s %8.2f %8.2f %8.1fx%n", step + " (" + times.size() + ")", percentile(times, 50),
					percentile(times, 95), percentile(times, 50) / baseline);
		}
	}

	/**
	 * Passkey sign-ins of returning users: after 3 warm-up users, {@code users} users
	 * each sign up by SMS code in a fresh browser session with a virtual authenticator of
	 * their own, make a passkey on the offer and sign out; then their passkey sign-in is
	 * timed. Fails if any passkey sign-in sent an SMS.
	 */
	private static int passkeySignIns(WebDriver driver, String base, LocalCognito cognito, int users) {
		List<Integer> roundTrips = new ArrayList<>();
		int smsSent = 0;
		Outbox outbox = Outbox.at(cognito.pool().endpoint());
		HasVirtualAuthenticator authenticators = (HasVirtualAuthenticator) driver;
		for (int i = -3; i < users; i++) {
			String phone = "+1415555" + ((i < 0) ? (3900 - i) : (3000 + i));
			phase = Phase.OFF;
			driver.get(base + "/frontend-static/images/logo.svg");
			driver.manage().deleteAllCookies();
			VirtualAuthenticator authenticator = authenticators.addVirtualAuthenticator(
					new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
						.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
						.setHasResidentKey(true)
						.setHasUserVerification(true)
						.setIsUserVerified(true)
						.setIsUserConsenting(true));
			try {
				CodePage code = RegisterPage.open(driver, base).register("Bench Passkey", phone);
				LoginPage login = code.enter(outbox.latestCode(phone), PasskeysIT.PasskeyOfferPage::new)
					.create()
					.signOut();
				if (authenticator.getCredentials().size() != 1) {
					throw new IllegalStateException("No passkey made for " + phone);
				}
				int smsBefore = outbox.messagesTo(phone).size();
				login.type("phone", phone);
				PASSKEY_STEP.set(0);
				PASSKEY_ROUND_TRIPS.set(0);
				phase = Phase.PASSKEY;
				login.click("sign-in-with-passkey");
				new HomePage(driver);
				phase = Phase.OFF;
				int sms = outbox.messagesTo(phone).size() - smsBefore;
				smsSent += sms;
				if (sms != 0) {
					throw new IllegalStateException(sms + " SMS sent to " + phone + " during its passkey sign-in");
				}
				if (i >= 0) {
					TIMES.computeIfAbsent("passkey, sign in (UIDL round trips)", (key) -> new ArrayList<>())
						.add(PASSKEY_STEP.get());
					roundTrips.add(PASSKEY_ROUND_TRIPS.get());
				}
				else {
					TIMES.remove("passkey, signin/complete");
				}
			}
			finally {
				phase = Phase.OFF;
				authenticators.removeVirtualAuthenticator(authenticator);
			}
		}
		roundTrips.sort(null);
		System.out.printf("  UIDL round trips per passkey sign-in: min %d, median %d, max %d%n", roundTrips.getFirst(),
				roundTrips.get(roundTrips.size() / 2), roundTrips.getLast());
		return smsSent;
	}

	private static void signIn(WebDriver driver, String base, LocalCognito cognito, String phone, boolean fresh) {
		// a new browser session each time, leaving the previous one signed in and idle on
		// the server
		driver.get(base + "/frontend-static/images/logo.svg");
		driver.manage().deleteAllCookies();
		CodePage code = RegisterPage.open(driver, base).register("Bench User", phone);
		code.enter(Outbox.at(cognito.pool().endpoint()).latestCode(phone), HomePage::new);
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static double percentile(List<Long> nanos, int percentile) {
		List<Long> sorted = new ArrayList<>(nanos);
		sorted.sort(null);
		int index = Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
		return sorted.get(index) / 1e6;
	}

	/** Counts the app's live Vaadin UIs: what the heap figure must be measuring. */
	@Configuration(proxyBeanMethods = false)
	static class LiveUis {

		static final AtomicInteger COUNT = new AtomicInteger();

		@Bean
		VaadinServiceInitListener liveUiCounter() {
			return (event) -> event.getSource().addUIInitListener((init) -> {
				COUNT.incrementAndGet();
				init.getUI().addDetachListener((detach) -> COUNT.decrementAndGet());
			});
		}

	}

	/**
	 * Times every request on the server and files it under the sign-in step it belongs
	 * to.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Timing {

		@Bean
		FilterRegistrationBean<OncePerRequestFilter> timing() {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {
						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							long start = System.nanoTime();
							chain.doFilter(request, response);
							if (phase == Phase.PASSKEY) {
								passkey(request, System.nanoTime() - start);
								return;
							}
							String step = (phase == Phase.SMS) ? step(request) : null;
							if (step != null) {
								TIMES.computeIfAbsent(step, (key) -> new java.util.concurrent.CopyOnWriteArrayList<>())
									.add(System.nanoTime() - start);
							}
						}
					});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

		/**
		 * A passkey sign-in's requests: the UIDL round trips of the sign-in page (the
		 * click, the answer with the credential) summed, the completion filed.
		 */
		private static void passkey(HttpServletRequest request, long nanos) {
			String path = request.getRequestURI();
			String referer = String.valueOf(request.getHeader("Referer"));
			if (path.equals("/signin/complete")) {
				TIMES
					.computeIfAbsent("passkey, signin/complete",
							(key) -> new java.util.concurrent.CopyOnWriteArrayList<>())
					.add(nanos);
			}
			else if ("uidl".equals(request.getParameter("v-r")) && referer.contains("/login")) {
				PASSKEY_STEP.addAndGet(nanos);
				PASSKEY_ROUND_TRIPS.incrementAndGet();
			}
		}

		private static String step(HttpServletRequest request) {
			String path = request.getRequestURI();
			String referer = String.valueOf(request.getHeader("Referer"));
			if (path.endsWith("/app.css")) {
				return "static file";
			}
			if (path.equals("/register")) {
				return "register page";
			}
			if (path.equals("/signin/complete")) {
				return "signin/complete";
			}
			if (path.equals("/") && request.getQueryString() == null && "GET".equals(request.getMethod())) {
				return "home page";
			}
			if ("uidl".equals(request.getParameter("v-r"))) {
				// only the UIDL round trips that carry a click: the ones that take the
				// Cognito calls
				if (referer.endsWith("/register")) {
					return "register (send code)";
				}
				if (referer.endsWith("/code")) {
					return "code (verify)";
				}
			}
			return null;
		}

	}

}
