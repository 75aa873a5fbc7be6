package dev.passwordless.triggers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.settings.TestSettings;

/**
 * Cold-start benchmark of the Create trigger (not a test): a local listener answers SNS
 * {@code Publish} and the send limits' DynamoDB requests (closing every connection, as a
 * restored snapshot has none open), and fresh JVMs pinned to one CPU, with the Lambda
 * Java runtime's JVM flags, run {@link ColdStartProbe} in three modes, interleaved: the
 * naive same-work handler (every SDK default, no priming), the deployable handler without
 * SnapStart, and the deployable handler after the SnapStart hooks. It prints medians and
 * p90 per world, the ratios against the naive handler measured in the same run, the jar's
 * size and the machine's load.
 *
 * <p>
 * Run it with {@code triggers/bench/cold-start.sh [runs]}.
 */
public final class ColdStartBenchmark {

	private static final Pattern RESULT = Pattern
		.compile("COLD-START init=([\\d.]+) hooks=([\\d.]+) first=([\\d.]+) jvmToDone=(\\d+) classes=(\\d+)"
				+ " cpu=([\\d.]+)");

	/** What the Lambda Java runtime starts the JVM with (besides the heap size). */
	private static final List<String> LAMBDA_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
			"-XX:+UseSerialGC", "-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac");

	private static final String[] MODES = { "naive", "optimized", "restored" };

	private static final String[] METRICS = { "init", "hooks", "first invocation", "init + first", "JVM start to done",
			"process start to done", "classes loaded", "CPU to done" };

	private ColdStartBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path testClasses = Path.of(args[1]);
		String naiveExtra = Files.readString(Path.of(args[2])).strip();
		String runtime = Files.readString(Path.of(args[3])).strip();
		int runs = (args.length > 4) ? Integer.parseInt(args[4]) : 15;
		String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
		AtomicInteger published = new AtomicInteger();
		HttpServer listener = listener(published, true);
		try {
			String endpoint = "http://127.0.0.1:" + listener.getAddress().getPort();
			String deployable = String.join(File.pathSeparator, jar.toString(), testClasses.toString(), runtime);
			Map<String, List<double[]>> results = new LinkedHashMap<>();
			for (String mode : MODES) {
				results.put(mode, new ArrayList<>());
			}
			for (int i = 0; i < runs; i++) {
				for (int m = 0; m < MODES.length; m++) {
					String mode = MODES[(i + m) % MODES.length];
					String classPath = mode.equals("naive") ? deployable + File.pathSeparator + naiveExtra : deployable;
					results.get(mode).add(run(mode, classPath, endpoint));
				}
			}
			String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
			System.out.printf("Create trigger cold start: %d fresh JVMs per mode, interleaved, pinned to CPU 0, %s%n",
					runs, String.join(" ", LAMBDA_FLAGS));
			System.out.printf("  %d SMS published (one per JVM; priming publishes none)%n", published.get());
			System.out.printf("  deployable jar %s: %.2f MiB (%d bytes)%n", jar.getFileName(),
					Files.size(jar) / 1024.0 / 1024.0, Files.size(jar));
			System.out.printf("  load average before: %s, after: %s (%d CPUs)%n", loadBefore, loadAfter,
					Runtime.getRuntime().availableProcessors());
			System.out.printf("  %-22s %26s %26s %26s%n", "median / p90 (ms)", "naive (SDK defaults)",
					"deployable, no SnapStart", "deployable, after hooks");
			for (int metric = 0; metric < METRICS.length; metric++) {
				StringBuilder line = new StringBuilder(String.format("  %-22s", METRICS[metric]));
				for (String mode : MODES) {
					line.append(String.format(" %15.1f / %8.1f", percentile(results.get(mode), metric, 50),
							percentile(results.get(mode), metric, 90)));
				}
				System.out.println(line);
			}
			double naiveFirst = percentile(results.get("naive"), 2, 50);
			double naiveCold = percentile(results.get("naive"), 3, 50);
			System.out.printf("  SnapStart: first invocation after the hooks, naive / deployable: %.1fx (target 10x)%n",
					naiveFirst / percentile(results.get("restored"), 2, 50));
			System.out.printf("  no SnapStart: init + first invocation, naive / deployable: %.2fx (target 1.5x)%n",
					naiveCold / percentile(results.get("optimized"), 3, 50));
			System.out.printf("  no SnapStart: process start to done, naive / deployable: %.2fx%n",
					percentile(results.get("naive"), 5, 50) / percentile(results.get("optimized"), 5, 50));
			System.out.printf("  no SnapStart: CPU to done, naive / deployable: %.2fx%n",
					percentile(results.get("naive"), 7, 50) / percentile(results.get("optimized"), 7, 50));
		}
		finally {
			listener.stop(0);
		}
	}

	private static double[] run(String mode, String classPath, String endpoint)
			throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		List<String> command = new ArrayList<>(List.of("taskset", "-c", "0", java.toString()));
		command.addAll(LAMBDA_FLAGS);
		command.addAll(List.of("-Daws.endpointUrlSns=" + endpoint, "-Daws.endpointUrlDynamoDb=" + endpoint, "-cp",
				classPath, ColdStartProbe.class.getName(), mode));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		// what Lambda tells the function: initialised for a SnapStart snapshot, or on
		// demand
		builder.environment()
			.put("AWS_LAMBDA_INITIALIZATION_TYPE", mode.equals("restored") ? "snap-start" : "on-demand");
		builder.environment().put("AWS_REGION", "us-east-1");
		builder.environment().put("AWS_ACCESS_KEY_ID", "AKIDBENCHMARK");
		builder.environment().put("AWS_SECRET_ACCESS_KEY", "benchmark-secret");
		builder.environment().put("AWS_SESSION_TOKEN", "benchmark-token");
		builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
		builder.environment().put(TriggerSettingNames.ALLOWED_COUNTRIES, TestSettings.COUNTRIES);
		builder.environment().put(TriggerSettingNames.SEND_LIMITS_TABLE, "send-limits");
		builder.environment().put(TriggerSettingNames.SEND_LIMIT_KEY, "benchmark-key-benchmark-key-benchmark-key");
		builder.environment().put(TriggerSettingNames.CODE_HASH_KEY, "benchmark-code-key-benchmark-code-key");
		long start = System.nanoTime();
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(mode + " run failed:\n" + output);
		}
		double wall = (System.nanoTime() - start) / 1e6;
		Matcher matcher = RESULT.matcher(output);
		if (!matcher.find()) {
			throw new IllegalStateException(mode + " printed no result:\n" + output);
		}
		double init = Double.parseDouble(matcher.group(1));
		double first = Double.parseDouble(matcher.group(3));
		return new double[] { init, Double.parseDouble(matcher.group(2)), first, init + first,
				Double.parseDouble(matcher.group(4)), wall, Double.parseDouble(matcher.group(5)),
				Double.parseDouble(matcher.group(6)) };
	}

	static double percentile(List<double[]> runs, int metric, int percentile) {
		double[] values = runs.stream().mapToDouble((run) -> run[metric]).sorted().toArray();
		int rank = (int) Math.ceil(percentile / 100.0 * values.length) - 1;
		return values[Math.max(0, Math.min(values.length - 1, rank))];
	}

	/**
	 * Answers SNS {@code Publish} and DynamoDB (an empty table that accepts every write),
	 * keeping connections open, for the warm benchmarks.
	 */
	static HttpServer snsListener(AtomicInteger published) {
		return listener(published, false);
	}

	/**
	 * Answers SNS {@code Publish} and DynamoDB (an empty table that accepts every write),
	 * with TCP_NODELAY.
	 * @param closeConnections whether to close each connection after its answer
	 */
	static HttpServer listener(AtomicInteger published, boolean closeConnections) {
		FakeRuntimeApi.noDelay();
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", (exchange) -> {
				exchange.getRequestBody().readAllBytes();
				String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
				byte[] answer;
				if (target != null && target.startsWith("DynamoDB_")) {
					answer = "{}".getBytes(StandardCharsets.UTF_8);
					exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
				}
				else {
					answer = ("<PublishResponse><PublishResult><MessageId>m-" + published.incrementAndGet()
							+ "</MessageId></PublishResult></PublishResponse>")
						.getBytes(StandardCharsets.UTF_8);
					exchange.getResponseHeaders().add("Content-Type", "text/xml");
				}
				if (closeConnections) {
					exchange.getResponseHeaders().add("Connection", "close");
				}
				exchange.sendResponseHeaders(200, answer.length);
				exchange.getResponseBody().write(answer);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
