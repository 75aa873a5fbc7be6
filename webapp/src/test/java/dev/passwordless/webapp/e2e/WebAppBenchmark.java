package dev.passwordless.webapp.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.vaadin.e2e.Browser;
import dev.passwordless.vaadin.e2e.CodePage;
import dev.passwordless.vaadin.e2e.RegisterPage;
import dev.passwordless.webapp.Application;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openqa.selenium.WebDriver;
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
 * real Chromium signs in), and heap retained per signed-in idle session. Each figure is
 * printed with a baseline measured in the same run: server time of a static file, and
 * heap before the sessions were opened. Run with
 * {@code webapp/bench/web-app.sh [sign-ins, default 60]}.
 */
public final class WebAppBenchmark {

	private static final Map<String, List<Long>> TIMES = new ConcurrentHashMap<>();

	private WebAppBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int signIns = (args.length > 0) ? Integer.parseInt(args[0]) : 60;
		long start = System.nanoTime();
		SpringApplication app = new SpringApplication(Application.class, Timing.class);
		ConfigurableApplicationContext context = app.run("--spring.profiles.active=local", "--server.port=0",
				"--vaadin.productionMode=true", "--local-cognito.port=0", "--local-cognito.data-directory=",
				"--passwordless.limits.phone-cooldown=0s", "--passwordless.limits.phone-sends-per-hour=100",
				"--passwordless.limits.address-sends-per-hour=100000",
				"--passwordless.limits.phone-checks-per-ten-minutes=100000",
				"--passwordless.limits.address-checks-per-ten-minutes=100000", "--logging.level.root=WARN");
		double startupSeconds = (System.nanoTime() - start) / 1e9;
		String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
		LocalCognito cognito = context.getBean(LocalCognito.class);
		WebDriver driver = Browser.start();
		try {
			for (int i = 0; i < 5; i++) {
				signIn(driver, base, cognito, "+1415555" + (9000 + i), false);
			}
			TIMES.clear();
			long heapBefore = usedHeapAfterGc();
			for (int i = 0; i < signIns; i++) {
				driver.get(base + "/frontend-static/styles/app.css?n=" + i);
				signIn(driver, base, cognito, "+1415555" + (1000 + i), true);
			}
			long heapAfter = usedHeapAfterGc();
			System.out.printf("Web app on the offline default, %d sign-ins through headless Chromium%n", signIns);
			System.out.printf("  start-up (JVM running to app ready): %.2f s%n", startupSeconds);
			double baseline = percentile(TIMES.get("static file"), 50);
			System.out.printf("  %-34s %8s %8s %8s%n", "server time per request", "p50 ms", "p95 ms", "p50/baseline");
			for (String step : List.of("static file", "register page", "register (send code)", "code (verify)",
					"signin/complete", "home page")) {
				List<Long> times = TIMES.getOrDefault(step, List.of());
				if (!times.isEmpty()) {
					System.out.printf("  %-34s %8.2f %8.2f %8.1fx%n", step + " (" + times.size() + ")",
							percentile(times, 50), percentile(times, 95), percentile(times, 50) / baseline);
				}
			}
			System.out.printf(
					"  heap retained per signed-in idle session: %.1f KiB (%d sessions; heap %.1f -> %.1f MiB)%n",
					(heapAfter - heapBefore) / 1024.0 / signIns, signIns, heapBefore / 1048576.0,
					heapAfter / 1048576.0);
		}
		finally {
			driver.quit();
			context.close();
		}
	}

	private static void signIn(WebDriver driver, String base, LocalCognito cognito, String phone, boolean fresh) {
		// a new browser session each time, leaving the previous one signed in and idle on
		// the server
		driver.get(base + "/frontend-static/images/logo.svg");
		driver.manage().deleteAllCookies();
		CodePage code = RegisterPage.open(driver, base).register("Bench User", phone);
		Matcher matcher = Pattern.compile("\\d{6}").matcher(cognito.outbox().latest(phone).orElseThrow().message());
		matcher.find();
		code.enter(matcher.group(), HomePage::new);
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
							String step = step(request);
							if (step != null) {
								TIMES.computeIfAbsent(step, (key) -> new java.util.concurrent.CopyOnWriteArrayList<>())
									.add(System.nanoTime() - start);
							}
						}
					});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
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
