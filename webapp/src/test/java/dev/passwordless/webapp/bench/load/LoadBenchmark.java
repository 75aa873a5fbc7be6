package dev.passwordless.webapp.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.passwordless.webapp.bench.load.vaadin.Browser;

/**
 * Load test of one web app instance (not a test): complete SMS sign-ins driven through
 * Vaadin's own request protocol ({@link dev.passwordless.webapp.bench.load.vaadin}), one
 * simulated browser per person, against the built jar in a JVM of its own and the local
 * Cognito in another. It reports the web app's CPU time per complete sign-in and the
 * sign-ins per second per core it gives, p50 / p95 per step at fractions of that rate,
 * the heap per signed-in session, and a burst (what was lost, the SMS per number, when
 * the p95 came back). Run with {@code webapp/bench/load.sh [--name=value ...]}
 * ({@link LoadOptions}); prints Markdown tables.
 */
public final class LoadBenchmark {

	/**
	 * The one limit raised: every number is a US number, and the codes per country and
	 * hour (300) are far fewer than a run sends. The per-number limits (cooldown, caps,
	 * code checks) and the per-address ones stay as they are: each person has an address
	 * of their own, which the app takes from {@code X-Forwarded-For} because the driver
	 * is its trusted proxy, as a load balancer is.
	 */
	static final List<String> SETTINGS = List.of("--passwordless.limits.country-sends-per-hour=1000000",
			"--server.forward-headers-strategy=native", "--server.tomcat.remoteip.internal-proxies=127.0.0.1/32");

	private LoadBenchmark() {
	}

	/**
	 * @param args the repository's root, then the options
	 */
	public static void main(String[] args) throws Exception {
		Path root = Path.of(args[0]).toAbsolutePath();
		LoadOptions options = LoadOptions.parse(Arrays.asList(args).subList(1, args.length));
		Path logs = Files.createTempDirectory("web-app-load");
		// the unreserved half of the budget: one SMS for every fictional number
		int smsBudget = 2 * new FictionalNumbers().size();
		System.out.printf("Web app load test, %s; JDK %s, %d cores, load average %s (1 / 5 / 15 min); logs in %s%n",
				Instant.now(), Runtime.version(), Runtime.getRuntime().availableProcessors(), Rig.loadAverage(), logs);
		System.out.println("Options: " + options);
		System.out.println("Settings: " + String.join(" ", SETTINGS) + "; triggers' DAILY_SMS_BUDGET=" + smsBudget);
		try (StandaloneCognito cognito = StandaloneCognito.start(root.resolve("local-cognito/target/local-cognito.jar"),
				smsBudget, logs)) {
			StandaloneCognito.Pool pool = cognito.awaitPool(Duration.ofMinutes(2));
			People people = new People(pool);
			try (WebAppInstance app = WebAppInstance.start(root.resolve("webapp/target/webapp.jar"), pool, SETTINGS,
					logs)) {
				app.awaitReady(Duration.ofMinutes(5));
				Rig rig = new Rig(options, app, cognito, people, new ClientAddresses(), Browser.sharedClient(),
						new CpuMeter(app.jvm(), cognito.jvm()));
				run(rig);
			}
		}
	}

	private static void run(Rig rig) throws Exception {
		LoadOptions options = rig.options();
		rig.people()
			.register(options.warmUp() * options.warmUpRounds() + options.calibration()
					+ options.heapSessions().getLast());
		Calibration calibration = new Calibration(rig);
		double ratePerCore = calibration.run();
		new HeapPerSession(rig).run();
		int needed = needed(options, ratePerCore);
		if (needed > rig.people().available()) {
			throw new IllegalStateException("the run needs " + needed + " people but there are "
					+ rig.people().available() + " fictional numbers left: shorten it");
		}
		rig.people().register(needed);
		new LoadLevels(rig, calibration).run(ratePerCore);
		new Burst(rig).run(ratePerCore);
	}

	/** The people the load levels and the burst need, with a margin for rounding. */
	private static int needed(LoadOptions options, double ratePerCore) {
		List<Double> people = new ArrayList<>();
		for (int percent : options.levels()) {
			people.add(ratePerCore * percent / 100 * options.level().toSeconds());
		}
		double base = ratePerCore * options.burstBase() / 100;
		people.add(base * (options.beforeBurst().toSeconds() + options.afterBurst().toSeconds()));
		people.add(base * options.burstFactor() * options.burst().toSeconds());
		return (int) Math.ceil(people.stream().mapToDouble(Double::doubleValue).sum() * 1.02) + 10;
	}

}
