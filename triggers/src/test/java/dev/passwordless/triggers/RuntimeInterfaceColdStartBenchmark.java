package dev.passwordless.triggers;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.challenge.ChallengeParameters;
import dev.passwordless.triggers.settings.TestSettings;

/**
 * Full cold start of the Create trigger as Lambda's managed Java runtime runs it (not a
 * test): a fresh JVM per start, pinned to one CPU ({@code taskset -c 0}), with the
 * runtime's JVM flags and class path (its {@code aws-lambda-java-core}, runtime interface
 * client and serializer, in that order, the client's JNI library from its own jar), main
 * class the runtime interface client's {@code AWSLambda}, the handler string as argument,
 * the working directory the function's code unpacked as Lambda unpacks it (the task root,
 * which the client's class loader reads, with its {@code lib/*.jar}), a clean environment
 * with the variables Lambda sets, and {@code AWS_LAMBDA_RUNTIME_API} pointing at a
 * {@link FakeRuntimeApi} that hands out one first-round Create event. Measured from
 * launching the process to the answer's arrival at the Runtime API ("full cold start"),
 * also split at the runtime's first {@code next} (its initialisation done), and the
 * process's CPU time by then.
 *
 * <p>
 * Two functions, interleaved: the naive same-work handler
 * ({@link NaiveCreateAuthChallengeHandler}, a plain {@code RequestHandler} the runtime
 * deserializes with its own serializer, every SDK default, the SDK's default HTTP client
 * in its {@code lib/}) and the deployable {@code triggers.jar} with the handler string
 * {@code infra-cdk} configures ({@link CreateAuthChallengeHandler}'s class name). SNS and
 * DynamoDB are {@link ColdStartBenchmark#listener}, closing every connection. Before the
 * timed starts, one start per function logs class loading and checks that each class came
 * from where Lambda loads it.
 *
 * <p>
 * Run it with {@code triggers/bench/cold-start.sh --ric [runs]}. The environment variable
 * {@code COLD_START_JVM_FLAGS} adds flags to every timed start, e.g. a profiler agent
 * (each start ends with SIGTERM, so what a JVM writes on exit is written).
 */
public final class RuntimeInterfaceColdStartBenchmark {

	/** The trigger functions' memory ({@code TriggerFunction.MEMORY_MB} in infra-cdk). */
	private static final int MEMORY_MB = 1024;

	/**
	 * The JVM flags of Lambda's java21 runtime on an on-demand start (java25's too, which
	 * stops at level 1 unless SnapStart or provisioned concurrency), besides the class
	 * path and the JNI library: the heap at 85 % of the function's memory, and what the
	 * runtime adds. Not reproduced: its CDS archive of the runtime's own classes
	 * ({@code -Xshare:on -XX:SharedArchiveFile=/var/lang/lib/server/runtime.jsa}; the
	 * JDK's default archive is used) and its Log4Shell hot-patch agent.
	 * {@code -XX:MaxRAM} stands for the micro-VM's memory, which sizes the initial heap;
	 * {@code --enable-native-access} lets the client load its JNI library without the
	 * warning JDK 24 and later print.
	 */
	private static final List<String> LAMBDA_FLAGS = List.of("-XX:MaxRAM=" + MEMORY_MB + "m",
			"-XX:MaxHeapSize=" + (MEMORY_MB * 1024 * 85 / 100) + "k", "-XX:+UseSerialGC", "-XX:+TieredCompilation",
			"-XX:TieredStopAtLevel=1", "--add-opens=java.base/java.io=ALL-UNNAMED",
			"-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac", "-XX:+ErrorFileToStderr",
			"--enable-native-access=ALL-UNNAMED");

	/** The jars of the runtime's class path, in its order. */
	private static final List<String> RUNTIME_JARS = List.of("aws-lambda-java-core-",
			"aws-lambda-java-runtime-interface-client-", "aws-lambda-java-serialization-", "utils-lite-");

	private static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

	private static final String[] MODES = { "naive", "deployable" };

	private static final String[] METRICS = { "init (to first next)", "first invocation", "full cold start",
			"CPU to the answer" };

	private static final Pattern CLASS_LOAD = Pattern.compile("\\] (\\S+) source: (\\S+)");

	private RuntimeInterfaceColdStartBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]).toAbsolutePath();
		Path testClasses = Path.of(args[1]).toAbsolutePath();
		List<String> naiveLibraries = List.of(Files.readString(Path.of(args[2])).strip().split(File.pathSeparator));
		List<String> runtimeJars = runtimeClassPath(Files.readString(Path.of(args[3])).strip());
		int runs = (args.length > 4) ? Integer.parseInt(args[4]) : 15;
		String flags = System.getenv().getOrDefault("COLD_START_JVM_FLAGS", "").strip();
		List<String> extraFlags = flags.isEmpty() ? List.of() : List.of(flags.split("\\s+"));
		FakeRuntimeApi.noDelay();
		Path work = jar.resolveSibling("ric-cold-start");
		Layout layout = layout(work, jar, testClasses, naiveLibraries, runtimeJars);
		String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
		AtomicInteger published = new AtomicInteger();
		HttpServer listener = ColdStartBenchmark.listener(published, true);
		try {
			String endpoint = "http://127.0.0.1:" + listener.getAddress().getPort();
			Map<String, String> sources = new LinkedHashMap<>();
			for (String mode : MODES) {
				sources.putAll(checkClassSources(mode, layout, endpoint));
			}
			Map<String, List<double[]>> results = new LinkedHashMap<>();
			for (String mode : MODES) {
				results.put(mode, new ArrayList<>());
			}
			for (int i = 0; i < runs; i++) {
				for (int m = 0; m < MODES.length; m++) {
					String mode = MODES[(i + m) % MODES.length];
					results.get(mode).add(start(mode, layout, endpoint, extraFlags).times());
				}
			}
			String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
			System.out.printf("Create trigger full cold start under the runtime interface client (%s): %d fresh JVMs"
					+ " per function, interleaved, pinned to CPU 0%n", MAIN_CLASS, runs);
			System.out.printf("  JVM flags: %s%n", String.join(" ", LAMBDA_FLAGS));
			if (!extraFlags.isEmpty()) {
				System.out.printf("  added by COLD_START_JVM_FLAGS (times not comparable): %s%n", flags);
			}
			System.out.printf("  runtime class path: %s%n",
					runtimeJars.stream().map((entry) -> Path.of(entry).getFileName().toString()).toList());
			System.out.printf("  handlers: naive %s, deployable %s (infra-cdk's handler string)%n",
					NaiveCreateAuthChallengeHandler.class.getName(), CreateAuthChallengeHandler.class.getName());
			sources.forEach((name, source) -> System.out.printf("  %s loaded from %s%n", name, source));
			System.out.printf("  %d SMS published (one per JVM and %d in the class checks)%n", published.get(),
					MODES.length);
			System.out.printf("  deployable jar %s: %.2f MiB%n", jar.getFileName(), Files.size(jar) / 1024.0 / 1024.0);
			System.out.printf("  load average before: %s, after: %s (%d CPUs)%n", loadBefore, loadAfter,
					Runtime.getRuntime().availableProcessors());
			System.out.printf("  %-22s %24s %24s %8s%n", "median / p90 (ms)", "naive (SDK defaults)", "deployable",
					"ratio");
			for (int metric = 0; metric < METRICS.length; metric++) {
				double naive = ColdStartBenchmark.percentile(results.get("naive"), metric, 50);
				double deployable = ColdStartBenchmark.percentile(results.get("deployable"), metric, 50);
				System.out.printf("  %-22s %13.1f / %8.1f %13.1f / %8.1f %7.2fx%n", METRICS[metric], naive,
						ColdStartBenchmark.percentile(results.get("naive"), metric, 90), deployable,
						ColdStartBenchmark.percentile(results.get("deployable"), metric, 90), naive / deployable);
			}
			System.out.printf("  full cold start (launch to the answer), naive / deployable: %.2fx (target 1.5x)%n",
					ColdStartBenchmark.percentile(results.get("naive"), 2, 50)
							/ ColdStartBenchmark.percentile(results.get("deployable"), 2, 50));
		}
		finally {
			listener.stop(0);
		}
	}

	/**
	 * Where Lambda would have things: the runtime's jars and its JNI library (under
	 * {@code /var/runtime/lib}), and each function's task root ({@code /var/task}).
	 *
	 * @param runtimeClassPath the runtime's class path
	 * @param jni the runtime interface client's JNI library
	 * @param taskRoots each function's task root
	 */
	private record Layout(String runtimeClassPath, Path jni, Map<String, Path> taskRoots) {
	}

	/**
	 * What one start measured.
	 *
	 * @param times init, first invocation, full cold start, CPU to the answer (ms)
	 * @param answer the function's answer
	 */
	private record Start(double[] times, String answer) {
	}

	/**
	 * Lays out the runtime and the two functions' code: the deployable jar unpacked as
	 * Lambda unpacks a function's archive; the naive function, the same plus the test
	 * classes (its handler) and the SDK's default HTTP client as jars in {@code lib/}.
	 */
	private static Layout layout(Path work, Path jar, Path testClasses, List<String> naiveLibraries,
			List<String> runtimeJars) throws IOException, InterruptedException {
		delete(work);
		Path deployable = unpack(jar, work.resolve("task-deployable"));
		Path naive = unpack(jar, work.resolve("task-naive"));
		Path lib = Files.createDirectories(naive.resolve("lib"));
		run(List.of(tool("jar"), "--create", "--file", lib.resolve("naive-handler.jar").toString(), "-C",
				testClasses.toString(), "."), work);
		for (String library : naiveLibraries) {
			Path source = Path.of(library);
			Files.copy(source, lib.resolve(source.getFileName()));
		}
		String ric = runtimeJars.get(1);
		String arch = System.getProperty("os.arch").equals("aarch64") ? "linux-aarch_64" : "linux-x86_64";
		String library = "libaws-lambda-jni." + arch + ".so";
		Path jni = Files.createDirectories(work.resolve("runtime/lib/jni")).resolve(library);
		try (JarFile jarFile = new JarFile(ric);
				InputStream in = jarFile.getInputStream(jarFile.getEntry("jni/" + library))) {
			Files.copy(in, jni, StandardCopyOption.REPLACE_EXISTING);
		}
		return new Layout(String.join(File.pathSeparator, runtimeJars), jni,
				Map.of("naive", naive, "deployable", deployable));
	}

	/** The runtime's jars from the build's class path, in the runtime's order. */
	private static List<String> runtimeClassPath(String classPath) {
		List<String> jars = new ArrayList<>();
		for (String prefix : RUNTIME_JARS) {
			String found = Stream.of(classPath.split(File.pathSeparator))
				.filter((entry) -> Path.of(entry).getFileName().toString().startsWith(prefix))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no " + prefix + "*.jar in " + classPath));
			jars.add(found);
		}
		return jars;
	}

	/**
	 * One start with class loading logged: checks that the handler and the SDK come from
	 * the task root, the naive HTTP client from its {@code lib/}, and the Lambda
	 * interfaces, the runtime and its serializer from the runtime's jars.
	 * @return where each checked class came from
	 */
	private static Map<String, String> checkClassSources(String mode, Layout layout, String endpoint) throws Exception {
		Path log = layout.taskRoots().get(mode).resolveSibling(mode + "-classes.log");
		start(mode, layout, endpoint, List.of("-Xlog:class+load=info:file=" + log));
		Map<String, String> loaded = new LinkedHashMap<>();
		for (String line : Files.readAllLines(log)) {
			Matcher matcher = CLASS_LOAD.matcher(line);
			if (matcher.find()) {
				loaded.put(matcher.group(1), matcher.group(2));
			}
		}
		String task = "file:" + layout.taskRoots().get(mode) + "/";
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put(handler(mode), task);
		expected.put("software.amazon.awssdk.services.sns.SnsClient", task);
		expected.put(MAIN_CLASS, layout.runtimeClassPath().split(File.pathSeparator)[1]);
		expected.put("com.amazonaws.services.lambda.runtime.RequestHandler",
				layout.runtimeClassPath().split(File.pathSeparator)[0]);
		if (mode.equals("naive")) {
			expected.put("software.amazon.awssdk.http.apache5.Apache5HttpClient", task + "lib/apache5-client-");
			expected.put("com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory",
					layout.runtimeClassPath().split(File.pathSeparator)[2]);
		}
		Map<String, String> sources = new LinkedHashMap<>();
		expected.forEach((name, where) -> {
			String source = loaded.get(name);
			if (source == null
					|| !source.replace("jar:", "").replace("file:", "").startsWith(where.replace("file:", ""))) {
				throw new IllegalStateException(mode + ": " + name + " came from " + source + ", not " + where);
			}
			sources.put(mode + ": " + name.substring(name.lastIndexOf('.') + 1), source);
		});
		if (mode.equals("deployable")
				&& loaded.containsKey("com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory")) {
			throw new IllegalStateException("the deployable handler went through the runtime's serializer");
		}
		return sources;
	}

	private static String handler(String mode) {
		return mode.equals("naive") ? NaiveCreateAuthChallengeHandler.class.getName()
				: CreateAuthChallengeHandler.class.getName();
	}

	/** One fresh execution environment: launch, one invocation, its answer, stop. */
	private static Start start(String mode, Layout layout, String endpoint, List<String> extraFlags)
			throws IOException, InterruptedException, ExecutionException {
		Path taskRoot = layout.taskRoots().get(mode);
		String functionName = mode.equals("naive") ? "NaiveCreateAuthChallenge" : "CreateAuthChallenge";
		try (FakeRuntimeApi api = new FakeRuntimeApi(CreateEvents.json("+12025550123"),
				"arn:aws:lambda:us-east-1:123456789012:function:" + functionName + ":live")) {
			Path java = Path.of(System.getProperty("java.home"), "bin", "java");
			List<String> command = new ArrayList<>(List.of("taskset", "-c", "0", java.toString()));
			command.addAll(LAMBDA_FLAGS);
			command.addAll(extraFlags);
			command
				.add("-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI=" + layout.jni());
			command.addAll(List.of("-classpath", layout.runtimeClassPath(), MAIN_CLASS, handler(mode)));
			ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile())
				.redirectErrorStream(true)
				.redirectOutput(taskRoot.resolveSibling(mode + ".log").toFile());
			Map<String, String> environment = builder.environment();
			environment.clear();
			environment.putAll(lambdaEnvironment(functionName, handler(mode), taskRoot, layout, api.address()));
			environment.put("AWS_ENDPOINT_URL_SNS", endpoint);
			environment.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint);
			environment.put(TriggerSettingNames.ALLOWED_COUNTRIES, TestSettings.COUNTRIES);
			environment.put(TriggerSettingNames.SEND_LIMITS_TABLE, "send-limits");
			environment.put(TriggerSettingNames.SEND_LIMIT_KEY, "benchmark-key-benchmark-key-benchmark-key");
			environment.put(TriggerSettingNames.CODE_HASH_KEY, "benchmark-code-key-benchmark-code-key");
			long launched = System.nanoTime();
			Process process = builder.start();
			api.runtime(process.toHandle());
			try {
				FakeRuntimeApi.Answer answer = api.answer().get(60, TimeUnit.SECONDS);
				long asked = api.asked().get();
				if (!answer.body().contains(ChallengeParameters.CODE_LENGTH)) {
					throw new IllegalStateException(mode + ": no challenge created: " + answer.body());
				}
				return new Start(new double[] { (asked - launched) / 1e6, (answer.nanos() - asked) / 1e6,
						(answer.nanos() - launched) / 1e6, answer.cpu().toNanos() / 1e6 }, answer.body());
			}
			catch (TimeoutException | ExecutionException ex) {
				throw new IllegalStateException(mode + " failed: " + ex.getMessage() + "\n"
						+ Files.readString(taskRoot.resolveSibling(mode + ".log"), StandardCharsets.UTF_8), ex);
			}
			finally {
				// an orderly stop, so that what a profiler writes on exit is written
				process.destroy();
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		}
	}

	/** What Lambda sets in a java21 function's environment (X-Ray's aside). */
	private static Map<String, String> lambdaEnvironment(String functionName, String handler, Path taskRoot,
			Layout layout, String runtimeApi) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("PATH", "/usr/local/bin:/usr/bin/:/bin:/opt/bin");
		environment.put("LANG", "en_US.UTF-8");
		environment.put("TZ", ":UTC");
		environment.put("_HANDLER", handler);
		environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
		environment.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
		environment.put("AWS_LAMBDA_FUNCTION_VERSION", "1");
		environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(MEMORY_MB));
		environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + functionName);
		environment.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/12/06/[1]0123456789abcdef0123456789abcdef");
		// the stack's LoggingFormat.TEXT (Lambda's default too), which sets no log level
		environment.put("AWS_LAMBDA_LOG_FORMAT", "Text");
		environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
		environment.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
		environment.put("LAMBDA_TASK_ROOT", taskRoot.toString());
		environment.put("LAMBDA_RUNTIME_DIR", layout.jni().getParent().getParent().getParent().toString());
		environment.put("AWS_REGION", "us-east-1");
		environment.put("AWS_DEFAULT_REGION", "us-east-1");
		environment.put("AWS_ACCESS_KEY_ID", "AKIDBENCHMARK");
		environment.put("AWS_SECRET_ACCESS_KEY", "benchmark-secret");
		environment.put("AWS_SESSION_TOKEN", "benchmark-token");
		return environment;
	}

	private static Path unpack(Path jar, Path into) throws IOException, InterruptedException {
		Files.createDirectories(into);
		run(List.of(tool("jar"), "--extract", "--file", jar.toAbsolutePath().toString()), into);
		return into;
	}

	private static String tool(String name) {
		return Path.of(System.getProperty("java.home"), "bin", name).toString();
	}

	private static void run(List<String> command, Path directory) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("failed: " + command);
		}
	}

	private static void delete(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
