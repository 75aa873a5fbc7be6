package dev.passwordless.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.passwordless.testing.postgres.PostgresServer;

/**
 * The production topology on 127.0.0.1: one PostgreSQL, one standalone local Cognito, two
 * app instances sharing both (and one master key), and HAProxy in front. Every server on
 * a free port, every one stopped by {@link #close()}.
 *
 * <p>
 * The apps trust forwarded headers from the proxy's address only
 * ({@code server.tomcat.remoteip.internal-proxies=127.0.0.2/32}) and send at most
 * {@value #ADDRESS_SENDS_PER_HOUR} codes an hour per client address, so that limit shows
 * quickly.
 */
final class Topology implements AutoCloseable {

	/** The first administrator's number, which each instance gets in its environment. */
	static final String ADMINISTRATOR = "+12025550198";

	static final int ADDRESS_SENDS_PER_HOUR = 3;

	private static final Duration PROXY_COUNTS_IT_IN = Duration.ofSeconds(30);

	private final Path logs;

	private final List<AutoCloseable> started = new ArrayList<>();

	private PostgresServer postgres;

	private StandaloneCognito cognito;

	private List<AppInstance> apps;

	private HaProxy proxy;

	/** Stops the servers should the test's JVM end before {@link #close()} does. */
	private final Thread stopAtExit = new Thread(this::close, "stop the topology");

	private Topology(Path logs) {
		this.logs = logs;
		Runtime.getRuntime().addShutdownHook(this.stopAtExit);
	}

	/**
	 * Starts it all: the database and the pool side by side, then both apps side by side
	 * and the proxy, and waits until the proxy counts both apps in.
	 */
	static Topology start(Path webappJar, Path localCognitoJar, Path logs) {
		for (Path jar : List.of(webappJar, localCognitoJar)) {
			if (!Files.isRegularFile(jar)) {
				throw new IllegalStateException(jar + " is missing: build it first, e.g. ./mvnw verify -pl "
						+ "topology-tests -am (the reactor packages the jars before this module's tests)");
			}
		}
		Topology topology = new Topology(logs);
		try {
			topology.cognito = topology.started(StandaloneCognito.start(localCognitoJar, logs));
			topology.postgres = topology.started(new PostgresServer(logs).start());
			StandaloneCognito.Pool pool = topology.cognito.awaitPool();
			// the stack makes the administrators' group on AWS
			topology.cognito.createGroup(pool, "admins");
			Map<String, String> environment = topology.environment(pool);
			List<String> settings = List.of(
					"--server.tomcat.remoteip.internal-proxies=" + HaProxy.SOURCE_ADDRESS + "/32",
					"--passwordless.limits.address-sends-per-hour=" + ADDRESS_SENDS_PER_HOUR);
			topology.apps = List.of(new AppInstance("app1", webappJar, environment, settings, logs),
					new AppInstance("app2", webappJar, environment, settings, logs));
			topology.apps.forEach(topology::started);
			topology.apps.forEach(AppInstance::start);
			topology.proxy = topology.started(HaProxy.start(topology.apps, logs));
			topology.awaitInRotation(topology.apps);
			return topology;
		}
		catch (RuntimeException | Error ex) {
			System.out.println("The topology did not start; the servers' logs:" + topology.logTails(60));
			topology.close();
			throw ex;
		}
	}

	/** The settings an operator gives every instance in its environment. */
	private Map<String, String> environment(StandaloneCognito.Pool pool) {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Map<String, String> environment = new HashMap<>();
		environment.put("PASSWORDLESS_COGNITO_ENDPOINT", pool.endpoint());
		environment.put("PASSWORDLESS_COGNITO_REGION", pool.region());
		environment.put("PASSWORDLESS_COGNITO_USER_POOL_ID", pool.userPoolId());
		environment.put("PASSWORDLESS_COGNITO_CLIENT_ID", pool.clientId());
		environment.put("PASSWORDLESS_COGNITO_CLIENT_SECRET", pool.clientSecret());
		environment.put("SPRING_DATASOURCE_URL", this.postgres.jdbcUrl());
		environment.put("SPRING_DATASOURCE_USERNAME", this.postgres.username());
		environment.put("SPRING_DATASOURCE_PASSWORD", this.postgres.password());
		environment.put("PASSWORDLESS_MASTER_KEY", Base64.getEncoder().encodeToString(key));
		environment.put("VAADIN_USAGE_STATS_ENABLED", "false");
		// the first administrator, set up by whichever instance starts first; the
		// administration's calls are signed with the instance's AWS credentials (any key
		// on the local Cognito)
		environment.put("PASSWORDLESS_ADMIN_BOOTSTRAP_NUMBER", ADMINISTRATOR);
		environment.put("AWS_ACCESS_KEY_ID", "local");
		environment.put("AWS_SECRET_ACCESS_KEY", "local");
		// as deployed: never the development profile, whatever the test's environment
		// says
		environment.put("SPRING_PROFILES_ACTIVE", null);
		return environment;
	}

	List<AppInstance> apps() {
		return this.apps;
	}

	AppInstance app(String name) {
		return this.apps.stream()
			.filter((app) -> app.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no instance " + name));
	}

	/** The instance that is not this one. */
	AppInstance other(String name) {
		AppInstance app = app(name);
		return this.apps.stream().filter((other) -> other != app).findFirst().orElseThrow();
	}

	HaProxy proxy() {
		return this.proxy;
	}

	StandaloneCognito cognito() {
		return this.cognito;
	}

	PostgresServer postgres() {
		return this.postgres;
	}

	/** Stops an instance and waits until the proxy has taken it out. */
	void stop(AppInstance app) {
		app.stop();
		this.proxy.awaitStatus(app.name(), "DOWN", PROXY_COUNTS_IT_IN);
	}

	/**
	 * Stops every instance, then starts them again side by side and waits until the proxy
	 * counts them in (the same ports, the same settings).
	 */
	void restartAll() {
		inParallel(this.apps, AppInstance::stop);
		this.apps.forEach(AppInstance::start);
		awaitInRotation(this.apps);
	}

	/**
	 * Brings back whatever a test stopped (the database, an instance), so that every test
	 * starts from the whole topology.
	 */
	void ensureRunning() {
		this.postgres.start();
		List<AppInstance> stopped = this.apps.stream().filter((app) -> !app.running()).toList();
		stopped.forEach(AppInstance::start);
		awaitInRotation(this.apps);
	}

	/** The end of every server's log (all of {@code <logs>/*.log}), for a failed test. */
	String logTails(int lines) {
		StringBuilder tails = new StringBuilder();
		try (Stream<Path> files = Files.list(this.logs)) {
			files.filter((file) -> file.toString().endsWith(".log"))
				.sorted()
				.forEach((log) -> tails.append("\n===== the end of ")
					.append(log)
					.append(" =====\n")
					.append(ChildProcess.tail(log, lines))
					.append('\n'));
		}
		catch (IOException ex) {
			tails.append("(could not list ").append(this.logs).append(": ").append(ex).append(')');
		}
		return tails.toString();
	}

	@Override
	public void close() {
		try {
			Runtime.getRuntime().removeShutdownHook(this.stopAtExit);
		}
		catch (IllegalStateException ex) {
			// the JVM is shutting down: this is the hook
		}
		List<AutoCloseable> reversed = new ArrayList<>(this.started);
		Collections.reverse(reversed);
		RuntimeException failure = null;
		for (AutoCloseable server : reversed) {
			try {
				server.close();
			}
			catch (Exception ex) {
				if (failure == null) {
					failure = new IllegalStateException("could not stop every server", ex);
				}
				else {
					failure.addSuppressed(ex);
				}
			}
		}
		this.started.clear();
		if (failure != null) {
			throw failure;
		}
	}

	private <T extends AutoCloseable> T started(T server) {
		this.started.add(server);
		return server;
	}

	/** Waits until each instance serves and the proxy's readiness checks count it in. */
	private void awaitInRotation(List<AppInstance> apps) {
		apps.forEach(AppInstance::awaitServing);
		apps.forEach((app) -> {
			try {
				this.proxy.awaitStatus(app.name(), "UP", PROXY_COUNTS_IT_IN);
			}
			catch (RuntimeException | AssertionError ex) {
				throw new IllegalStateException(app.name() + " serves, but HAProxy does not count it in: "
						+ this.proxy.state(app.name()) + " (its checks want 200 from " + HaProxy.HEALTH_CHECK + ")",
						ex);
			}
		});
	}

	private static void inParallel(List<AppInstance> apps, Consumer<AppInstance> action) {
		CompletableFuture
			.allOf(apps.stream()
				.map((app) -> CompletableFuture.runAsync(() -> action.accept(app)))
				.toArray(CompletableFuture[]::new))
			.join();
	}

}
