package dev.passwordless.webapp.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Start-up of the web app against a bare Spring Boot + Vaadin app with one view
 * ({@link dev.passwordless.bareapp.BareVaadinApplication}), side by side in one run,
 * interleaved (the order rotates run by run), each a child JVM: the time from launching
 * the process to {@code /actuator/health/readiness} answering UP (polled every 20 ms),
 * then the time of the first {@code GET /login}. The web app runs as {@code ./run} starts
 * it ({@code java -jar webapp/target/webapp.jar} under the {@code local} profile) and
 * through {@code ./run} itself with its AOT cache, made once beforehand (that first
 * start, training included, is timed once). Each start has a free port and a fresh
 * temporary data directory, except in one more {@code ./run} row: there every start finds
 * the data the one before it kept (the pool's signing keys, its administrator, the
 * store), as {@code ./run}'s own data directories keep them from its second start on;
 * that row's first start, which makes them, is not timed. Not a test; run with
 * {@code webapp/bench/start-up.sh [runs, default 5]}.
 */
public final class WebAppStartUpBenchmark {

	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private final Path root;

	private final String java;

	private String bareClassPath;

	private final Path work;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private WebAppStartUpBenchmark(Path root, String bareClassPath) throws IOException {
		this.root = root;
		this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		this.bareClassPath = bareClassPath;
		this.work = Files.createTempDirectory("web-app-start-up");
	}

	public static void main(String[] args) throws Exception {
		int runs = Integer.parseInt(args[0]);
		WebAppStartUpBenchmark bench = new WebAppStartUpBenchmark(Path.of(args[1]).toAbsolutePath(), args[2]);
		bench.bareJars();
		Target bare = new Target("bare Spring Boot + Vaadin, one view", bench::bare);
		Target bareCached = new Target("bare app with an AOT cache and JIT like ./run's", bench::bare);
		bench.trainBare();
		Target jar = new Target("web app, java -jar (./run, no cache)", bench::jar);
		Target cached = new Target("web app, ./run with its AOT cache", bench::run);
		Target firstStart = new Target("web app, ./run first start (training)", bench::run);
		bench.firstStart(firstStart);
		Path kept = Files.createTempDirectory(bench.work, "kept-data");
		Target keptData = new Target("web app, ./run with its cache, data kept",
				(port, aot) -> bench.run(port, aot, kept));
		bench.start(keptData, null);
		keptData.startMillis.clear();
		keptData.loginMillis.clear();
		List<Target> targets = List.of(bare, jar, cached, bareCached, keptData);
		for (int run = 0; run < runs; run++) {
			List<Target> order = new ArrayList<>(targets);
			Collections.rotate(order, run);
			for (Target target : order) {
				bench.start(target, (target == bareCached) ? "on" : null);
			}
		}
		System.out.printf("%nStart-up to readiness UP and the first GET /login (%d runs each, interleaved)%n", runs);
		System.out.printf("  %-42s %9s %9s %17s %12s%n", "", "median ms", "p90 ms", "min-max ms", "/login ms");
		for (Target target : List.of(bare, jar, cached, firstStart, bareCached, keptData)) {
			System.out.printf("  %-42s %9.0f %9.0f %8.0f-%-8.0f %12.0f   runs: %s%n", target.name,
					median(target.startMillis), p90(target.startMillis), Collections.min(target.startMillis),
					Collections.max(target.startMillis), median(target.loginMillis), target.startMillis);
		}
		System.out.printf("  ratio web app/bare (medians): java -jar %.2fx, ./run with the AOT cache %.2fx%n",
				median(jar.startMillis) / median(bare.startMillis),
				median(cached.startMillis) / median(bare.startMillis));
		System.out.printf("  ratio with the cache/without it: web app %.2fx, bare app %.2fx%n",
				median(cached.startMillis) / median(jar.startMillis),
				median(bareCached.startMillis) / median(bare.startMillis));
		System.out.printf("  ratio web app/bare, both with an AOT cache: %.2fx; the web app's data kept: %.2fx%n",
				median(cached.startMillis) / median(bareCached.startMillis),
				median(keptData.startMillis) / median(bareCached.startMillis));
		System.out.printf(
				"  first GET /login, p90: bare %.0f ms, java -jar %.0f ms, with the cache %.0f ms, data kept %.0f ms%n",
				p90(bare.loginMillis), p90(jar.loginMillis), p90(cached.loginMillis), p90(keptData.loginMillis));
	}

	/** The cache made by {@code ./run} (WEBAPP_AOT=on), then that start timed once. */
	private void firstStart(Target target) throws Exception {
		Path cache = this.root.resolve("webapp/target/aot");
		if (Files.isDirectory(cache)) {
			try (var files = Files.walk(cache)) {
				files.sorted(Collections.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
		start(target, "on");
	}

	/**
	 * The bare app's classes and the web app's (the production bundle) as jars: an AOT
	 * cache takes only jars on the class path. Both bare variants run from them.
	 */
	private void bareJars() throws Exception {
		String jarTool = Path.of(System.getProperty("java.home"), "bin", "jar").toString();
		Path bare = this.work.resolve("bare.jar");
		Path classes = this.work.resolve("webapp-classes.jar");
		exec(new ProcessBuilder(jarTool, "--create", "--file", bare.toString(), "-C", "webapp/target/test-classes",
				"dev/passwordless/bareapp"));
		exec(new ProcessBuilder(jarTool, "--create", "--file", classes.toString(), "-C", "webapp/target/classes", "."));
		List<String> jars = new ArrayList<>(List.of(bare.toString(), classes.toString()));
		for (String entry : this.bareClassPath.split(":")) {
			if (!Files.isDirectory(Path.of(entry))) {
				jars.add(entry);
			}
		}
		this.bareClassPath = String.join(":", jars);
	}

	/**
	 * The bare app's cache: one training start stopped at refresh (its context's refresh
	 * is all its start: no runners, no first administrator), with ./run's JIT setting.
	 */
	private void trainBare() throws Exception {
		List<String> command = new ArrayList<>(bare(0, null).command());
		command.addAll(1,
				List.of("-XX:AOTCacheOutput=" + this.work.resolve("bare.aot"), "-Dspring.context.exit=onRefresh"));
		command.addAll(1, runJit());
		exec(new ProcessBuilder(command));
	}

	/**
	 * The JIT flags {@code ./run} starts its cached app with (its {@code jit=(...)}
	 * line), so that the bare app's cached start is like for like.
	 */
	private List<String> runJit() {
		try {
			return Files.readAllLines(this.root.resolve("run"))
				.stream()
				.filter((line) -> line.startsWith("jit=("))
				.map((line) -> List.of(line.substring("jit=(".length(), line.lastIndexOf(')')).split(" ")))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("./run has no jit=(...) line"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void exec(ProcessBuilder builder) throws Exception {
		Path log = Files.createTempFile(this.work, "exec", ".log");
		builder.directory(this.root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
		if (builder.start().waitFor() != 0) {
			throw new IllegalStateException(builder.command() + " failed:\n" + Files.readString(log));
		}
	}

	private ProcessBuilder bare(Integer port, String aot) {
		List<String> command = new ArrayList<>(List.of(this.java));
		if (aot != null) {
			command.addAll(runJit());
			command.addAll(List.of("-XX:AOTCache=" + this.work.resolve("bare.aot"), "-Xlog:aot=off", "-Xlog:cds=off"));
		}
		command.addAll(List.of("-cp", this.bareClassPath, "dev.passwordless.bareapp.BareVaadinApplication",
				"--server.port=" + port, "--vaadin.productionMode=true",
				"--vaadin.allowed-packages=dev.passwordless.bareapp,com.vaadin",
				"--management.endpoint.health.probes.enabled=true",
				// the starter's defaults on the class path name its health contributors
				"--management.endpoint.health.group.readiness.include=readinessState"));
		return new ProcessBuilder(command);
	}

	private ProcessBuilder jar(Integer port, String aot) {
		List<String> command = new ArrayList<>(List.of(this.java, "-jar", "webapp/target/webapp.jar"));
		command.addAll(webAppArguments(port, null));
		return new ProcessBuilder(command);
	}

	private ProcessBuilder run(Integer port, String aot) {
		return run(port, aot, null);
	}

	/** {@code ./run}, with this data directory or (null) a fresh one. */
	private ProcessBuilder run(Integer port, String aot, Path data) {
		List<String> command = new ArrayList<>(List.of("bash", "./run"));
		command.addAll(webAppArguments(port, data));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		if (aot != null) {
			builder.environment().put("WEBAPP_AOT", aot);
		}
		return builder;
	}

	/**
	 * What {@code ./run} passes, and a free port and this data directory or (null) a
	 * fresh one.
	 */
	private List<String> webAppArguments(int port, Path kept) {
		try {
			Path data = (kept != null) ? kept : Files.createTempDirectory(this.work, "data");
			return List.of("--spring.profiles.active=local", "--server.port=" + port,
					"--passwordless.local-cognito.port=0",
					"--passwordless.local-cognito.data-directory=" + data.resolve("local-cognito"),
					"--passwordless.store.data-directory=" + data.resolve("store"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void start(Target target, String aot) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = Files.createTempFile(this.work, "start", ".log");
		ProcessBuilder builder = target.command.apply(port, aot).directory(this.root.toFile());
		builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		long started = System.nanoTime();
		Process process = builder.start();
		try {
			URI base = URI.create("http://127.0.0.1:" + port);
			long deadline = started + TIMEOUT.toNanos();
			while (!ready(base)) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					throw new IllegalStateException(
							target.name + " did not become ready; its output:\n" + Files.readString(log));
				}
				Thread.sleep(20);
			}
			double startMillis = (System.nanoTime() - started) / 1e6;
			long loginStarted = System.nanoTime();
			HttpResponse<String> login = this.http.send(
					HttpRequest.newBuilder(base.resolve("/login")).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			double loginMillis = (System.nanoTime() - loginStarted) / 1e6;
			if (login.statusCode() != 200) {
				throw new IllegalStateException(target.name + ": GET /login answered " + login.statusCode());
			}
			target.startMillis.add(Math.rint(startMillis));
			target.loginMillis.add(Math.rint(loginMillis));
			System.out.printf("  %-42s ready in %6.0f ms, first /login %5.0f ms%n", target.name, startMillis,
					loginMillis);
		}
		finally {
			stop(process);
		}
	}

	private boolean ready(URI base) throws InterruptedException {
		try {
			HttpResponse<String> readiness = this.http
				.send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
			return readiness.statusCode() == 200 && readiness.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void stop(Process process) throws InterruptedException {
		List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
		tree.add(process.toHandle());
		tree.forEach(ProcessHandle::destroy);
		for (ProcessHandle handle : tree) {
			try {
				handle.onExit().get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				handle.destroyForcibly();
			}
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/** The nearest-rank 90th percentile. */
	private static double p90(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
	}

	/** One way to start an app: its command (by port and WEBAPP_AOT), its figures. */
	private static final class Target {

		final String name;

		final BiFunction<Integer, String, ProcessBuilder> command;

		final List<Double> startMillis = new ArrayList<>();

		final List<Double> loginMillis = new ArrayList<>();

		Target(String name, BiFunction<Integer, String, ProcessBuilder> command) {
			this.name = name;
			this.command = command;
		}

	}

}
