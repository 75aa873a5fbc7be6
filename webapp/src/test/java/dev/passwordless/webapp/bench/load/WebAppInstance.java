package dev.passwordless.webapp.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One instance of the web app in a JVM of its own, started as {@code ./run} starts it
 * without its cache ({@code java -jar webapp/target/webapp.jar} under the {@code local}
 * profile, the JVM's default collector and heap), but with its pool elsewhere: the
 * standalone local Cognito ({@code passwordless.cognito.*}), so that its CPU time is the
 * app's alone. Its own state (limits, remember-me, audit) in an in-memory H2 database.
 */
final class WebAppInstance implements AutoCloseable {

	private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

	private final ChildJvm jvm;

	private final URI base;

	private WebAppInstance(ChildJvm jvm, URI base) {
		this.jvm = jvm;
		this.base = base;
	}

	/**
	 * @param settings further {@code --name=value} arguments, e.g. the raised limits
	 */
	static WebAppInstance start(Path jar, StandaloneCognito.Pool pool, List<String> settings, Path logs) {
		int port = ChildJvm.freePort();
		List<String> arguments = new ArrayList<>(List.of("-jar", jar.toString(), "--spring.profiles.active=local",
				"--server.port=" + port, "--passwordless.store.data-directory=",
				"--passwordless.cognito.endpoint=" + pool.endpoint(), "--passwordless.cognito.region=" + pool.region(),
				"--passwordless.cognito.user-pool-id=" + pool.userPoolId(),
				"--passwordless.cognito.client-id=" + pool.clientId(),
				// no first administrator: this pool has no group for it
				"--passwordless.admin.bootstrap-number=", "--logging.level.root=WARN"));
		arguments.addAll(settings);
		// the secret as an operator passes it, not on the command line
		ChildJvm jvm = ChildJvm.start("web-app", arguments, Map.of("PASSWORDLESS_COGNITO_CLIENT_SECRET",
				pool.clientSecret(), "VAADIN_USAGE_STATS_ENABLED", "false"), logs);
		return new WebAppInstance(jvm, URI.create("http://127.0.0.1:" + port + "/"));
	}

	URI base() {
		return this.base;
	}

	ChildJvm jvm() {
		return this.jvm;
	}

	/** Waits until {@code /actuator/health/readiness} says UP. */
	void awaitReady(Duration timeout) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			this.jvm.requireAlive();
			try {
				HttpResponse<String> answer = http
					.send(HttpRequest.newBuilder(this.base.resolve("actuator/health/readiness"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the web app was not ready within " + timeout);
			}
			Thread.sleep(250);
		}
	}

	/**
	 * The heap in use after full collections ({@code jcmd GC.run} twice, then
	 * {@code GC.heap_info}), in bytes.
	 */
	long heapAfterGc() throws IOException, InterruptedException {
		jcmd("GC.run");
		jcmd("GC.run");
		Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
		if (!used.find()) {
			throw new IllegalStateException("jcmd GC.heap_info said no 'used'");
		}
		return Long.parseLong(used.group(1)) * 1024;
	}

	private String jcmd(String command) throws IOException, InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(this.jvm.pid()), command)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("jcmd " + command + " failed: " + output);
		}
		return output;
	}

	@Override
	public void close() {
		this.jvm.close();
	}

}
