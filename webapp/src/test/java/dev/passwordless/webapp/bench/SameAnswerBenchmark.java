package dev.passwordless.webapp.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.passwordless.testing.browser.Chromium;
import dev.passwordless.testing.pages.CodePage;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.pages.RegisterPage;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.webapp.Application;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Benchmark (not a test): can the web app's answers be told apart by time? A real
 * headless Chromium drives the web app (under the {@code local} profile, production mode,
 * its embedded local Cognito running the real triggers) through interleaved pairs of the
 * same step, one for a registered number and one for an unknown one, in random order
 * within each pair; a servlet filter measures the server time of the Vaadin requests of
 * each step (the click that asks for a code and everything the server does for it,
 * Cognito and the triggers included), and an SDK interceptor the time of its Cognito
 * calls, so the step splits into the app's own part and Cognito's. The same for
 * registration: a new number against one already registered. Run with
 * {@code webapp/bench/same-answer.sh [pairs, default 200]}.
 */
public final class SameAnswerBenchmark {

	/** UIDL requests: when each started and how long the server took, in nanoseconds. */
	private static final List<long[]> REQUESTS = new CopyOnWriteArrayList<>();

	private static final AtomicInteger IN_FLIGHT = new AtomicInteger();

	/** Cognito calls of the app: when each started and how long it took. */
	private static final List<long[]> COGNITO_CALLS = new CopyOnWriteArrayList<>();

	private SameAnswerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int pairs = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		SpringApplication app = new SpringApplication(Application.class, Timing.class);
		ConfigurableApplicationContext context = app.run("--spring.profiles.active=local", "--server.port=0",
				"--vaadin.productionMode=true", "--local-cognito.port=0", "--local-cognito.data-directory=",
				"--passwordless.store.data-directory=", "--local-cognito.echo-sms=false",
				"--passwordless.local-cognito.daily-sms-budget=10000000",
				"--passwordless.limits.address-sends-per-hour=10000000", "--logging.level.root=WARN");
		String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
		CognitoAuthClient cognito = context.getBean(CognitoAuthClient.class);
		WebDriver driver = Chromium.start();
		Random order = new Random(7);
		try {
			int warmUp = 20;
			for (int i = 0; i < pairs + warmUp; i++) {
				cognito.signUp(number(2000, i), "Bench User");
				cognito.signUp(number(5000, i), "Bench User");
			}
			for (int i = 0; i < warmUp; i++) {
				signIn(driver, base, number(2000, pairs + i));
				signIn(driver, base, number(3000, pairs + i));
				register(driver, base, number(4000, pairs + i));
				register(driver, base, number(5000, pairs + i));
			}
			List<long[]> registered = new ArrayList<>();
			List<long[]> unknown = new ArrayList<>();
			List<long[]> newNumber = new ArrayList<>();
			List<long[]> alreadyRegistered = new ArrayList<>();
			for (int i = 0; i < pairs; i++) {
				String known = number(2000, i);
				String nobody = number(3000, i);
				pair(order, () -> registered.add(signIn(driver, base, known)),
						() -> unknown.add(signIn(driver, base, nobody)));
			}
			for (int i = 0; i < pairs; i++) {
				String fresh = number(4000, i);
				String taken = number(5000, i);
				pair(order, () -> newNumber.add(register(driver, base, fresh)),
						() -> alreadyRegistered.add(register(driver, base, taken)));
			}
			System.out.printf(
					"Same answer through the web app: %d interleaved pairs per step, server time of the "
							+ "Vaadin requests of each step, real Chromium, embedded local Cognito (%s)%n%n",
					pairs, load());
			report("Sign-in step (phone number, Send code)", "registered number", registered, "unknown number",
					unknown);
			report("Registration step (name, phone number, Register)", "new number", newNumber,
					"number already registered", alreadyRegistered);
		}
		finally {
			driver.quit();
			context.close();
		}
	}

	/** The whole step, the app's own part of it, and its Cognito calls. */
	private static void report(String step, String first, List<long[]> firstTimes, String second,
			List<long[]> secondTimes) {
		String[] parts = { "whole step", "the app's own part (step less its Cognito calls)",
				"Cognito calls (local Cognito and the triggers)" };
		for (int part = 0; part < parts.length; part++) {
			System.out.println(new Comparison(step + ", " + parts[part], first, part(firstTimes, part), second,
					part(secondTimes, part))
				.report());
		}
	}

	private static List<Long> part(List<long[]> times, int part) {
		return times.stream().map((time) -> switch (part) {
			case 0 -> time[0];
			case 1 -> time[0] - time[1];
			default -> time[1];
		}).toList();
	}

	private static void pair(Random order, Runnable first, Runnable second) {
		if (order.nextBoolean()) {
			first.run();
			second.run();
		}
		else {
			second.run();
			first.run();
		}
	}

	private static long[] signIn(WebDriver driver, String base, String phone) {
		LoginPage login = LoginPage.open(driver, base);
		return timed(() -> login.sendCodeTo(phone));
	}

	private static long[] register(WebDriver driver, String base, String phone) {
		RegisterPage register = RegisterPage.open(driver, base);
		return timed(() -> register.register("Bench User", phone));
	}

	/**
	 * Server time of the UIDL requests (but the code view's once-a-second polls) that
	 * started while the step ran.
	 */
	private static long[] timed(Supplier<CodePage> step) {
		long start = System.nanoTime();
		step.get();
		long end = System.nanoTime();
		long waitUntil = end + 2_000_000_000L;
		while (IN_FLIGHT.get() > 0 && System.nanoTime() < waitUntil) {
			Thread.onSpinWait();
		}
		return new long[] { sumStartedBetween(REQUESTS, start, end), sumStartedBetween(COGNITO_CALLS, start, end) };
	}

	private static long sumStartedBetween(List<long[]> timings, long start, long end) {
		return timings.stream().filter((timing) -> timing[0] >= start && timing[0] <= end).mapToLong((t) -> t[1]).sum();
	}

	private static String number(int block, int index) {
		return "+1415555" + String.format("%04d", block + index);
	}

	private static String load() {
		try {
			return "load average " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "load unknown";
		}
	}

	/**
	 * Times every UIDL request on the server, and every Cognito call of the app. A test
	 * configuration, so the browser tests' component scan leaves it out.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Timing {

		@Bean(destroyMethod = "close")
		CognitoIdentityProviderClient timedCognitoClient(CognitoPool pool) {
			ExecutionAttribute<Long> started = new ExecutionAttribute<>("started");
			return CognitoIdentityProviderClient.builder()
				.httpClient(UrlConnectionHttpClient.create())
				.endpointOverride(pool.endpoint())
				.region(Region.of(pool.region()))
				.credentialsProvider(AnonymousCredentialsProvider.create())
				.overrideConfiguration((config) -> config.addExecutionInterceptor(new ExecutionInterceptor() {
					@Override
					public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
						attributes.putAttribute(started, System.nanoTime());
					}

					@Override
					public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
						timed(attributes);
					}

					@Override
					public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
						timed(attributes);
					}

					private void timed(ExecutionAttributes attributes) {
						long start = attributes.getAttribute(started);
						COGNITO_CALLS.add(new long[] { start, System.nanoTime() - start });
					}
				}))
				.build();
		}

		@Bean
		FilterRegistrationBean<OncePerRequestFilter> uidlTiming() {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {
						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							if (!"uidl".equals(request.getParameter("v-r"))) {
								chain.doFilter(request, response);
								return;
							}
							IN_FLIGHT.incrementAndGet();
							try {
								ContentCachingRequestWrapper body = new ContentCachingRequestWrapper(request, 1 << 20);
								long start = System.nanoTime();
								chain.doFilter(body, response);
								long took = System.nanoTime() - start;
								if (!body.getContentAsString().contains("ui-poll")) {
									REQUESTS.add(new long[] { start, took });
								}
							}
							finally {
								IN_FLIGHT.decrementAndGet();
							}
						}
					});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

}
