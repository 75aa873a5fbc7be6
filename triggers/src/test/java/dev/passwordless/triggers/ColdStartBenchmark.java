package dev.passwordless.triggers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * Cold-start benchmark of the Create trigger (not a test): starts a local listener that
 * answers SNS {@code Publish} and the send limits' DynamoDB calls, then alternates fresh
 * JVMs running {@link ColdStartProbe} in the optimized and the baseline configuration,
 * and prints medians, the ratio and the jar size.
 *
 * <p>
 * Run it with {@code triggers/bench/cold-start.sh [runs]}.
 */
public final class ColdStartBenchmark {

	private static final Pattern RESULT = Pattern
		.compile("COLD-START jvmToDone=(\\d+) mainToDone=(\\d+) init=\\d+ httpClient=(\\w+)");

	private ColdStartBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path testClasses = Path.of(args[1]);
		String baselineExtra = Files.readString(Path.of(args[2])).strip();
		int runs = (args.length > 3) ? Integer.parseInt(args[3]) : 15;
		AtomicInteger published = new AtomicInteger();
		HttpServer sns = snsListener(published);
		try {
			String endpoint = "http://127.0.0.1:" + sns.getAddress().getPort();
			String optimizedPath = jar + File.pathSeparator + testClasses;
			String baselinePath = optimizedPath + File.pathSeparator + baselineExtra;
			List<long[]> optimized = new ArrayList<>();
			List<long[]> baseline = new ArrayList<>();
			String[] clients = new String[2];
			for (int i = 0; i < runs; i++) {
				optimized.add(run("optimized", optimizedPath, endpoint, clients, 0));
				baseline.add(run("baseline", baselinePath, endpoint, clients, 1));
			}
			System.out.printf("Create trigger cold start, %d fresh JVMs each, %d SMS published%n", runs,
					published.get());
			System.out.printf("  deployable jar: %s, %.1f MiB%n", jar.getFileName(), Files.size(jar) / 1024.0 / 1024.0);
			report("optimized (" + clients[0] + ")", optimized);
			report("baseline  (" + clients[1] + ", SnsClient.create())", baseline);
			for (int metric = 0; metric < 3; metric++) {
				System.out.printf("  ratio baseline/optimized, %-22s %.2fx%n", METRICS[metric] + ":",
						(double) median(baseline, metric) / median(optimized, metric));
			}
		}
		finally {
			sns.stop(0);
		}
	}

	private static final String[] METRICS = { "process start to done", "JVM start to done", "main() to done" };

	private static long[] run(String mode, String classPath, String endpoint, String[] clients, int slot)
			throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Daws.endpointUrlSns=" + endpoint,
				"-Daws.endpointUrlDynamoDb=" + endpoint, "-cp", classPath, ColdStartProbe.class.getName(), mode)
			.redirectErrorStream(true);
		builder.environment().put("AWS_REGION", "us-east-1");
		builder.environment().put("AWS_ACCESS_KEY_ID", "AKIDBENCHMARK");
		builder.environment().put("AWS_SECRET_ACCESS_KEY", "benchmark-secret");
		builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
		builder.environment().put(TriggerEnvironment.SEND_LIMITS_TABLE, "send-limits");
		builder.environment().put(TriggerEnvironment.SEND_LIMIT_KEY, "benchmark-key-benchmark-key-benchmark-key");
		builder.environment().put(TriggerEnvironment.CODE_HASH_KEY, "benchmark-code-key-benchmark-code-key");
		long start = System.nanoTime();
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(mode + " run failed:\n" + output);
		}
		long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		Matcher matcher = RESULT.matcher(output);
		if (!matcher.find()) {
			throw new IllegalStateException(mode + " printed no result:\n" + output);
		}
		clients[slot] = matcher.group(3);
		return new long[] { wall, Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)) };
	}

	private static void report(String label, List<long[]> runs) {
		System.out.printf("  %-48s median %5d ms process, %5d ms JVM start to done, %5d ms in main()%n", label,
				median(runs, 0), median(runs, 1), median(runs, 2));
	}

	private static long median(List<long[]> runs, int metric) {
		long[] values = runs.stream().mapToLong((run) -> run[metric]).sorted().toArray();
		return values[values.length / 2];
	}

	static HttpServer snsListener(AtomicInteger published) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", (exchange) -> {
				exchange.getRequestBody().readAllBytes();
				String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
				if (target != null && target.startsWith("DynamoDB_")) {
					// the send-limits reads and conditional writes: an empty table that
					// accepts every write
					byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
					exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
					exchange.sendResponseHeaders(200, answer.length);
					exchange.getResponseBody().write(answer);
					exchange.close();
					return;
				}
				published.incrementAndGet();
				byte[] answer = ("<PublishResponse><PublishResult><MessageId>m-" + published.get()
						+ "</MessageId></PublishResult></PublishResponse>")
					.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "text/xml");
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
