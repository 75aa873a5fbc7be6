package dev.passwordless.topology;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.awaitility.Awaitility;

/**
 * One instance of the web app as deployed: {@code java -jar webapp.jar} in a process of
 * its own, on 127.0.0.1 and a port of its own, without the {@code local} profile. Its
 * settings come as an operator gives them: the pool, the database and the secrets in the
 * environment ({@code PASSWORDLESS_COGNITO_*}, {@code SPRING_DATASOURCE_*},
 * {@code PASSWORDLESS_MASTER_KEY}), the rest on the command line. A small heap, the
 * serial collector and C1 only, as two of them share two cores with the browser, the
 * proxy, the pool and the database.
 */
final class AppInstance implements AutoCloseable {

	static final Duration START_UP = Duration.ofSeconds(180);

	private final String name;

	private final int port;

	private final ChildProcess process;

	/**
	 * @param environment the settings an operator puts in the environment
	 * @param settings further {@code --name=value} arguments
	 */
	AppInstance(String name, Path jar, Map<String, String> environment, List<String> settings, Path logs) {
		this.name = name;
		this.port = FreePort.find();
		List<String> command = new ArrayList<>(List.of(ChildProcess.java(), "-Xms64m", "-Xmx256m", "-Xss512k",
				"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString(),
				"--server.port=" + this.port, "--server.address=127.0.0.1"));
		command.addAll(settings);
		this.process = new ChildProcess(name, command, environment, logs);
	}

	/** The name the proxy knows it by, also the value of its sticky cookie. */
	String name() {
		return this.name;
	}

	int port() {
		return this.port;
	}

	/** Its own address, past the proxy. */
	String base() {
		return "http://127.0.0.1:" + this.port;
	}

	void start() {
		this.process.start();
	}

	/** Waits until its web server answers (whatever it answers). */
	void awaitServing() {
		Awaitility.await(this.name + " serving on " + base())
			.atMost(START_UP)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> {
				this.process.requireAlive();
				return Http.get(base() + "/actuator/health/liveness", Duration.ofSeconds(2)).isPresent();
			});
	}

	/** Its readiness, asked directly: the answer, or empty when it gives none. */
	Optional<HttpResponse<String>> readiness() {
		return Http.get(base() + "/actuator/health/readiness", Duration.ofSeconds(10));
	}

	boolean running() {
		return this.process.alive();
	}

	/**
	 * Stops it (SIGTERM: Spring Boot's graceful shutdown) and waits until it has ended.
	 */
	void stop() {
		this.process.stop();
	}

	ChildProcess process() {
		return this.process;
	}

	@Override
	public void close() {
		stop();
	}

}
