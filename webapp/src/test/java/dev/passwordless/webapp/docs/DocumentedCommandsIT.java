package dev.passwordless.webapp.docs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every command shown in the repository's Markdown works: each line of a {@code shell}
 * block is either run by a named test (the map below) or marked {@value #NEEDS_AWS} on
 * its line (an AWS account, credentials or a value to fill in). A command added to a
 * README fails this test until the map names the test that runs it. The cheap command,
 * {@code ./run}, runs here.
 * <p>
 * Read: every {@code *.md} but {@code local-cognito/README.md}, whose commands its own
 * {@code ReadmeCommandsIT} runs, and {@code docs/benchmarks/}, whose commands measure for
 * minutes to hours on purpose; of those, only that their scripts exist is checked. Every
 * fenced block must say what it holds ({@code shell}, {@code text}, {@code java}, ...),
 * and only {@code shell} blocks may hold commands.
 */
class DocumentedCommandsIT {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	static final String NEEDS_AWS = "# needs AWS";

	/** What CI runs: {@code .ci/run} runs {@code ./test}, which runs Maven's verify. */
	private static final RunBy CI = new RunBy(".ci/run", "./test", List.of());

	static final String RUN = "./run";

	/** What this test adds to {@code ./run}: free ports, everything in memory. */
	static final String RUN_ARGUMENTS = "--server.port=0 --passwordless.local-cognito.port=0"
			+ " --passwordless.local-cognito.data-directory= --passwordless.store.data-directory=";

	/** {@code cdk synth} as infra-cdk's README shows it, run from that module. */
	static final String SYNTH_CLI = "npx --yes aws-cdk@2.1148.1 synth --no-notices --no-version-reporting"
			+ " -c appEgressCidrs=203.0.113.10/32 -c allowedCountries=US,GB -c passkeyRelyingPartyId=portal.example.com";

	static final String SYNTH = "(cd infra-cdk && " + SYNTH_CLI + ")";

	/** Each documented command, and the test (or CI) that runs it. */
	static final Map<String, RunBy> RUN_BY = Map.ofEntries(
			entry(RUN, RunBy
				.test("DocumentedCommandsIT", "runWhenTheJarIsUpToDateThenItStartsTheAppWithoutBuildingAndItAnswers")),
			entry(SYNTH,
					// every word of it, quoted in the test's command line
					RunBy.test("CdkCliSynthIT", "synthWhenRunWithTheCliAndNoCredentialsThenWritesTheTemplate",
							Stream.of(SYNTH_CLI.split(" ")).map((word) -> "\"" + word + "\"").toArray(String[]::new))),
			entry("./test", CI), entry("./test -pl triggers -am", CI), entry("./test -pl topology-tests -am", CI),
			entry("./mvnw -B -ntp package -DskipTests", CI), entry("./mvnw -B -ntp verify -pl sign-in-rules", CI),
			entry("./mvnw -B -ntp verify -pl triggers -am", CI),
			entry("./mvnw -B -ntp verify -pl passwordless-vaadin -am", CI),
			entry("./mvnw -B -ntp verify -pl webapp -am", CI), entry("./mvnw -B -ntp verify -pl infra-cdk -am", CI),
			entry("./mvnw -B -ntp verify -pl topology-tests -am", CI));

	/**
	 * A command CI runs: {@code ./test} or a phase of its Maven run, for some modules.
	 */
	private static final Pattern PART_OF_CI = Pattern
		.compile("(\\./test|\\./mvnw -B -ntp (verify|package -DskipTests))( -pl [a-z-]+(,[a-z-]+)*)?( -am)?");

	/** What makes a command need AWS: the CLI, a deployment, a value to fill in. */
	private static final Pattern NEEDS_AWS_BECAUSE = Pattern
		.compile("\\baws [a-z-]+ |aws-cdk@\\S+ (bootstrap|deploy|destroy) |…|<[A-Za-z]+>");

	/** The start of a line that is a command, whatever block it is in. */
	private static final Pattern LOOKS_LIKE_A_COMMAND = Pattern
		.compile("^\\s*(\\$ |\\./|\\(?cd |java -|npx |aws |curl |export |mvn |sudo |apt-get |openssl )");

	private static final Pattern FENCE = Pattern.compile("^\\s*```(.*)$");

	@Test
	void commandsWhenReadFromTheReadmesThenEachIsRunByANamedTestOrMarkedAsNeedingAws() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Command command : commands(documents())) {
			if (command.needsAws() && !NEEDS_AWS_BECAUSE.matcher(command.text()).find()) {
				problems.add(command.where() + ": marked '" + NEEDS_AWS
						+ "' but using neither the AWS CLI, a deployment nor a value to fill in: " + command.text());
			}
			else if (!command.needsAws() && !RUN_BY.containsKey(command.text())) {
				problems.add(command.where() + ": no test runs it (add it to DocumentedCommandsIT.RUN_BY with the test "
						+ "that runs it, or end its line with '" + NEEDS_AWS + "' if it cannot run without AWS): "
						+ command.text());
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void mapWhenReadThenEachCommandIsStillDocumentedAndItsTestExists() throws IOException {
		List<String> documented = commands(documents()).stream().map(Command::text).toList();
		assertThat(RUN_BY.keySet()).as("commands the map names that no README shows any more")
			.allMatch(documented::contains);
		RUN_BY.forEach((command, runBy) -> {
			if (runBy == CI) {
				assertThat(command).as("a command CI runs").matches(PART_OF_CI);
				Matcher modules = Pattern.compile("-pl ([a-z,-]+)").matcher(command);
				while (modules.find()) {
					for (String module : modules.group(1).split(",")) {
						assertThat(ROOT.resolve(module).resolve("pom.xml")).as(command).isRegularFile();
					}
				}
			}
			else {
				String source = testSource(runBy.where());
				assertThat(source).as(command + " is run by " + runBy).containsPattern("void " + runBy.test() + "\\(");
				runBy.evidence()
					.forEach((evidence) -> assertThat(source).as(runBy + " runs what the README shows")
						.contains(evidence));
			}
		});
	}

	@Test
	void ciWhenRunThenItRunsTheTestScriptWhichRunsMavenVerify() throws IOException {
		assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("exec ./test");
		assertThat(Files.readString(ROOT.resolve("test"))).contains("exec ./mvnw -B -ntp verify \"$@\"");
	}

	@Test
	void blocksWhenReadThenEachSaysWhatItHoldsAndOnlyShellBlocksHoldCommands() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path document : documents()) {
			for (Block block : blocks(document)) {
				if (block.language().isEmpty()) {
					problems.add(block.where() + ": a block without a language (shell, text, java, ...)");
				}
				else if (!block.language().equals("shell")) {
					block.lines()
						.stream()
						.filter((line) -> LOOKS_LIKE_A_COMMAND.matcher(line).find())
						.forEach((line) -> problems
							.add(block.where() + ": a command in a '" + block.language() + "' block: " + line));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void benchmarksWhenTheirCommandsAreReadThenEachScriptExists() throws IOException {
		List<Path> benchmarks;
		try (Stream<Path> files = Files.list(ROOT.resolve("docs/benchmarks"))) {
			benchmarks = files.filter((file) -> file.toString().endsWith(".md")).sorted().toList();
		}
		List<Command> commands = commands(benchmarks);
		assertThat(commands).isNotEmpty().allSatisfy((command) -> {
			Matcher script = Pattern.compile("\\S+/bench/\\S+\\.sh").matcher(command.text());
			assertThat(script.find()).as(command.where() + ": " + command.text()).isTrue();
			assertThat(Files.isExecutable(ROOT.resolve(script.group()))).as(command.where() + ": " + script.group())
				.isTrue();
		});
	}

	@Test
	void runWhenTheJarIsUpToDateThenItStartsTheAppWithoutBuildingAndItAnswers() throws Exception {
		assertThat(ROOT.resolve("webapp/target/webapp.jar")).as("the jar this build packaged").isRegularFile();
		ProcessBuilder run = new ProcessBuilder("bash", "-c", RUN + " " + RUN_ARGUMENTS).directory(ROOT.toFile())
			.redirectErrorStream(true);
		run.environment().put("JAVA_HOME", System.getProperty("java.home"));
		// the plain start (a jar Maven built, a JDK before 25); the cache has a test of
		// its own
		run.environment().put("WEBAPP_AOT", "off");
		try (Started app = Started.start(run)) {
			String decision = app.awaitLine((line) -> line.startsWith("Up to date") || line.startsWith("Building"),
					Duration.ofMinutes(1));
			// never a second build inside this one: the package phase made the jar
			assertThat(decision).as(app.output())
				.isEqualTo(
						"Up to date; not building. webapp/target/webapp.jar is newer than every source and pom.xml.");
			app.awaitLine((line) -> line.startsWith("Starting the app (it prints 'Ready:'"), Duration.ofMinutes(1));
			String ready = app.awaitLine((line) -> line.contains("Ready: "), Duration.ofMinutes(4));
			Matcher address = Pattern
				.compile("Ready: app http://localhost:(\\d+) · local Cognito http://127\\.0\\.0\\.1:\\d+"
						+ " · SMS inbox http://localhost:\\d+/dev/sms-inbox · administrator \\+12025550199$")
				.matcher(ready);
			assertThat(address.find()).as(ready).isTrue();
			URI app127 = URI.create("http://127.0.0.1:" + address.group(1));
			HttpResponse<String> login = get(app127.resolve("/login"));
			assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
			HttpResponse<String> readiness = get(app127.resolve("/actuator/health/readiness"));
			assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
			assertThat(readiness.body()).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void runWhenAskedForItsStartUpCacheThenItTrainsUntilReadyAndStartsWithTheCache() throws Exception {
		assumeTrue(Runtime.version().feature() >= 25, "JDK 25's AOT cache; ./run starts without one before");
		Path cache = ROOT.resolve("webapp/target/aot");
		ProcessBuilder run = new ProcessBuilder("bash", "-c", RUN + " " + RUN_ARGUMENTS).directory(ROOT.toFile())
			.redirectErrorStream(true);
		run.environment().put("JAVA_HOME", System.getProperty("java.home"));
		// as after ./run's own build: a cache made anew, whatever is there
		run.environment().put("WEBAPP_AOT", "on");
		deleteRecursively(cache);
		try (Started app = Started.start(run)) {
			app.awaitLine((line) -> line.startsWith("Making a start-up cache"), Duration.ofMinutes(1));
			String made = app.awaitLine((line) -> line.startsWith("Made in") || line.startsWith("Could not"),
					Duration.ofMinutes(8));
			assertThat(made).as(app.output()).startsWith("Made in");
			// the training start went as far as a start goes, and is gone
			assertThat(Files.readString(cache.resolve("training.log"))).contains("Ready: app http://localhost:");
			assertThat(app.process.descendants()
				.map((process) -> process.info().commandLine().orElse(""))
				.filter((command) -> command.contains("-XX:AOTCacheOutput="))).isEmpty();
			app.awaitLine((line) -> line.startsWith("Starting the app with its start-up cache"), Duration.ofMinutes(1));
			String ready = app.awaitLine((line) -> line.contains("Ready: "), Duration.ofMinutes(2));
			Matcher address = Pattern.compile("Ready: app http://localhost:(\\d+) ").matcher(ready);
			assertThat(address.find()).as(ready).isTrue();
			HttpResponse<String> login = get(URI.create("http://127.0.0.1:" + address.group(1) + "/login"));
			assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
			// the JVM took the cache (a refused one would be silent: ./run turns the AOT
			// log off)
			ProcessHandle jvm = Stream.concat(Stream.of(app.process.toHandle()), app.process.descendants())
				.filter((process) -> process.info().commandLine().orElse("").contains("-XX:AOTCache="))
				.findFirst()
				.orElseThrow();
			assertThat(Files.readString(Path.of("/proc", Long.toString(jvm.pid()), "maps"))).contains("app.aot");
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
			return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

	/** The Markdown files whose commands are checked here. */
	private static List<Path> documents() throws IOException {
		return files((file) -> file.toString().endsWith(".md") && !file.equals(ROOT.resolve("local-cognito/README.md"))
				&& !file.startsWith(ROOT.resolve("docs/benchmarks")));
	}

	/** The repository's files that match, without what builds and runs leave behind. */
	private static List<Path> files(Predicate<Path> wanted) throws IOException {
		List<String> left = List.of(".git", "target", "node_modules", "cdk.out", ".local-cognito", ".passwordless");
		List<Path> found = new ArrayList<>();
		Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
				return left.contains(directory.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
						: FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (wanted.test(file)) {
					found.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

		});
		return found.stream().sorted().toList();
	}

	/**
	 * The commands of the {@code shell} blocks: one a line, continuation lines joined.
	 */
	private static List<Command> commands(List<Path> documents) throws IOException {
		List<Command> commands = new ArrayList<>();
		for (Path document : documents) {
			for (Block block : blocks(document)) {
				if (!block.language().equals("shell")) {
					continue;
				}
				StringBuilder joined = new StringBuilder();
				for (int i = 0; i < block.lines().size(); i++) {
					String line = block.lines().get(i);
					if (line.isBlank() || line.strip().startsWith("#")) {
						continue;
					}
					if (line.endsWith("\\")) {
						joined.append(line, 0, line.length() - 1);
						continue;
					}
					joined.append(line);
					String full = joined.toString();
					joined.setLength(0);
					boolean needsAws = Pattern.compile("\\s" + NEEDS_AWS + "\\b").matcher(full).find();
					String text = full.replaceFirst("\\s+#\\s.*$", "").strip().replaceAll("\\s+", " ");
					commands.add(new Command(block.document() + ":" + (block.firstLine() + i), text, needsAws));
				}
			}
		}
		return commands;
	}

	/** A document's fenced blocks. */
	private static List<Block> blocks(Path document) throws IOException {
		List<Block> blocks = new ArrayList<>();
		List<String> lines = Files.readAllLines(document);
		Block open = null;
		for (int i = 0; i < lines.size(); i++) {
			Matcher fence = FENCE.matcher(lines.get(i));
			if (!fence.matches()) {
				if (open != null) {
					open.lines().add(lines.get(i));
				}
			}
			else if (open == null) {
				open = new Block(ROOT.relativize(document).toString(), i + 2, fence.group(1).strip(),
						new ArrayList<>());
			}
			else {
				blocks.add(open);
				open = null;
			}
		}
		assertThat(open).as(document + ": a block that is never closed").isNull();
		return blocks;
	}

	/** The source of a test class of any module, by its simple name. */
	private static String testSource(String simpleName) {
		try {
			List<Path> sources = files((file) -> file.getFileName().toString().equals(simpleName + ".java")
					&& file.toString().contains("/src/test/java/"));
			assertThat(sources).as("the test class " + simpleName).hasSize(1);
			return Files.readString(sources.get(0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What runs a documented command: a test method (with strings its source must hold,
	 * so that it runs what the README shows), or CI.
	 */
	record RunBy(String where, String test, List<String> evidence) {

		static RunBy test(String testClass, String method, String... evidence) {
			return new RunBy(testClass, method, List.of(evidence));
		}

		@Override
		public String toString() {
			return this.where + "#" + this.test;
		}

	}

	record Command(String where, String text, boolean needsAws) {
	}

	/**
	 * A fenced block.
	 *
	 * @param firstLine the number of its first line in the document
	 */
	record Block(String document, int firstLine, String language, List<String> lines) {

		String where() {
			return this.document + ":" + (this.firstLine - 1);
		}

	}

	/**
	 * A process this test started, its output read line by line; closing it stops the
	 * process and every process it started.
	 */
	private static final class Started implements AutoCloseable {

		private static final String END = "\u0000end";

		private final Process process;

		private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		private final StringBuffer output = new StringBuffer();

		private Started(Process process) {
			this.process = process;
		}

		static Started start(ProcessBuilder builder) throws IOException {
			Started started = new Started(builder.start());
			Thread reader = new Thread(started::read, "documented-command-output");
			reader.setDaemon(true);
			reader.start();
			return started;
		}

		private void read() {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					this.output.append(line).append('\n');
					this.lines.add(line);
				}
			}
			catch (IOException ex) {
				// the process was stopped
			}
			finally {
				this.lines.add(END);
			}
		}

		/** The first line from now on that matches, waiting at most that long. */
		String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (true) {
				String line = this.lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
				if (line == null) {
					return fail("no such line within " + timeout + "; the output so far:\n" + output());
				}
				if (line.equals(END)) {
					return fail("the process ended first; its output:\n" + output());
				}
				if (wanted.test(line)) {
					return line;
				}
			}
		}

		String output() {
			return this.output.toString();
		}

		@Override
		public void close() throws InterruptedException {
			List<ProcessHandle> tree = new ArrayList<>(this.process.descendants().toList());
			tree.add(this.process.toHandle());
			tree.forEach(ProcessHandle::destroy);
			for (ProcessHandle handle : tree) {
				try {
					handle.onExit().get(30, TimeUnit.SECONDS);
				}
				catch (ExecutionException | TimeoutException ex) {
					handle.destroyForcibly();
				}
			}
			// what started meanwhile (a JVM writing its AOT cache as it exits forks one)
			this.process.descendants().forEach(ProcessHandle::destroyForcibly);
			this.process.waitFor(10, TimeUnit.SECONDS);
		}

	}

}
