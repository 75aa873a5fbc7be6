package dev.passwordless.topology;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;

/**
 * The load balancer: Debian's HAProxy in front of the app instances, as in production:
 * <ul>
 * <li>sticky sessions by a cookie the proxy inserts ({@code SRV}, its value the
 * instance's name), since Vaadin keeps UI state per HTTP session; a request pinned to an
 * instance that is down goes to another ({@code option redispatch});</li>
 * <li>{@code X-Forwarded-For} with the address the client connected from
 * ({@code option forwardfor}, appended to whatever the client sent);</li>
 * <li>health checks on {@code /actuator/health/readiness}, twice a second: two failures
 * take an instance out, two successes put it back;</li>
 * <li>it reaches the apps from 127.0.0.2 ({@code source}), the one address the apps trust
 * for forwarded headers, so that on one machine the proxy's address differs from the
 * clients'.</li>
 * </ul>
 * The frontend answers {@code /haproxy-alive} itself ({@code monitor-uri}), and the
 * statistics page (CSV) says which instances the proxy counts as up, and why.
 */
final class HaProxy implements AutoCloseable {

	/** The address the proxy connects to the apps from. */
	static final String SOURCE_ADDRESS = "127.0.0.2";

	static final String STICKY_COOKIE = "SRV";

	static final String HEALTH_CHECK = "/actuator/health/readiness";

	private static final String BINARY = "/usr/sbin/haproxy";

	private final int port;

	private final int statsPort;

	private final String config;

	private final ChildProcess process;

	private HaProxy(int port, int statsPort, String config, ChildProcess process) {
		this.port = port;
		this.statsPort = statsPort;
		this.config = config;
		this.process = process;
	}

	/** Writes the configuration, checks it with {@code haproxy -c}, starts the proxy. */
	static HaProxy start(List<AppInstance> apps, Path logs) {
		if (!new File(BINARY).canExecute()) {
			throw new IllegalStateException(
					"The topology test needs Debian's HAProxy: apt-get install -y haproxy (./test does this)");
		}
		int port = FreePort.find();
		int statsPort = FreePort.find();
		String config = config(port, statsPort, apps);
		Path file = logs.resolve("haproxy.cfg");
		try {
			Files.createDirectories(logs);
			Files.writeString(file, config, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		new ChildProcess("haproxy", List.of(BINARY, "-c", "-f", file.toString()), Map.of(), logs)
			.runToCompletion(Duration.ofSeconds(30));
		ChildProcess process = new ChildProcess("haproxy", List.of(BINARY, "-db", "-f", file.toString()), Map.of(),
				logs);
		process.start();
		HaProxy proxy = new HaProxy(port, statsPort, config, process);
		Awaitility.await("HAProxy on port " + port)
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> {
				process.requireAlive();
				return Http.get(proxy.base() + "/haproxy-alive", Duration.ofSeconds(2))
					.filter((answer) -> answer.statusCode() == 200)
					.isPresent();
			});
		return proxy;
	}

	static String config(int port, int statsPort, List<AppInstance> apps) {
		String servers = apps.stream()
			.map((app) -> "    server %s 127.0.0.1:%d cookie %s".formatted(app.name(), app.port(), app.name()))
			.collect(Collectors.joining("\n"));
		return """
				global
				    log stdout format raw local0 info
				    maxconn 256

				defaults
				    mode http
				    log global
				    option httplog
				    # a request pinned to an instance that is down goes to another one
				    option redispatch
				    retries 2
				    timeout connect 2s
				    timeout client 60s
				    timeout server 60s
				    timeout http-request 10s
				    timeout check 2s

				frontend web
				    bind 127.0.0.1:%d
				    # answered by the proxy itself: "the proxy is there"
				    monitor-uri /haproxy-alive
				    default_backend apps

				backend apps
				    balance roundrobin
				    # sticky sessions: Vaadin keeps each UI's state in its instance's HTTP session
				    cookie %s insert indirect nocache httponly
				    # X-Forwarded-For: the address the client connected from, appended to what it sent
				    option forwardfor
				    option httpchk GET %s
				    http-check expect status 200
				    # checks and requests reach the apps from %s, the proxy address they trust
				    default-server check inter 500ms fall 2 rise 2 source %s
				%s

				listen stats
				    bind 127.0.0.1:%d
				    stats enable
				    stats uri /stats
				""".formatted(port, STICKY_COOKIE, HEALTH_CHECK, SOURCE_ADDRESS, SOURCE_ADDRESS, servers, statsPort);
	}

	/** Where browsers reach the site. */
	String base() {
		return "http://127.0.0.1:" + this.port;
	}

	int port() {
		return this.port;
	}

	/** The configuration it runs with. */
	String config() {
		return this.config;
	}

	/**
	 * What the proxy thinks of an instance, from its statistics page, once no check of it
	 * is under way.
	 */
	ServerState state(String server) {
		// while a check is under way HAProxy shows the last result prefixed with "* " and
		// no code: the state is the one the check under way ends in
		return Awaitility.await("HAProxy's check of " + server + " to end")
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> read(server), (state) -> !state.checkStatus().startsWith("* "));
	}

	private ServerState read(String server) {
		String csv = Http.body("http://127.0.0.1:" + this.statsPort + "/stats;csv");
		List<String> lines = csv.lines().toList();
		List<String> columns = Arrays.asList(lines.get(0).replaceFirst("^# ", "").split(",", -1));
		return lines.stream()
			.skip(1)
			.map((line) -> Arrays.asList(line.split(",", -1)))
			.filter((fields) -> fields.get(0).equals("apps") && fields.get(1).equals(server))
			.findFirst()
			.map((fields) -> new ServerState(fields.get(columns.indexOf("status")),
					fields.get(columns.indexOf("check_status")), fields.get(columns.indexOf("check_code"))))
			.orElseThrow(() -> new IllegalStateException("HAProxy knows no server " + server + ":\n" + csv));
	}

	/** Waits until the proxy counts an instance as up (its checks pass) or down. */
	void awaitStatus(String server, String status, Duration atMost) {
		Awaitility.await("HAProxy counting " + server + " as " + status)
			.atMost(atMost)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> {
				this.process.requireAlive();
				return state(server).status().equals(status);
			});
	}

	ChildProcess process() {
		return this.process;
	}

	@Override
	public void close() {
		this.process.stop();
	}

	/**
	 * An instance as the proxy sees it.
	 *
	 * @param status {@code UP}, {@code DOWN}, or a transition such as {@code UP 1/2}
	 * @param checkStatus the last check's result, e.g. {@code L7OK}, {@code L7STS} (an
	 * answer with a status other than 200), {@code L4CON} (connection refused)
	 * @param checkCode the status code the last check got, if it got one
	 */
	record ServerState(String status, String checkStatus, String checkCode) {

	}

}
