package dev.passwordless.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

/**
 * Start-up, memory and latency of the standalone local Cognito side by side with
 * cognito-local 5.3 (the npm emulator), in one run, interleaved: time from launching the
 * process to the first answered {@code ListUsers} (median of N), resident memory when
 * idle and after a few hundred calls, and p50 of AdminGetUser and ListUsers. Ours is
 * measured through its launcher ({@code bin/local-cognito}: flags and the AOT cache) and
 * as plain {@code java -jar}. Not a test; run with
 * {@code local-cognito/bench/start-up.sh}.
 */
public final class StartUpBenchmark {

	/** As many as the fiction range +1 202 555 0100-0199 holds. */
	private static final int USERS = 100;

	private static final int CALLS = 300;

	private final Path work;

	private final String launcher;

	private final String jar;

	private final String java;

	private final String node;

	private final String cognitoLocal;

	private StartUpBenchmark(String[] args) throws IOException {
		this.launcher = args[1];
		this.jar = args[2];
		this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		this.node = args[3];
		this.cognitoLocal = args[4];
		this.work = Files.createTempDirectory("local-cognito-bench");
	}

	public static void main(String[] args) throws Exception {
		int runs = Integer.parseInt(args[0]);
		StartUpBenchmark bench = new StartUpBenchmark(args);
		Target ours = bench.ours();
		Target firstStart = bench.firstStart();
		Target noCache = bench.withoutCache();
		Target plain = bench.plainJar();
		Target theirs = bench.cognitoLocal();
		List<Target> targets = List.of(ours, firstStart, noCache, plain, theirs);
		for (int run = 0; run < runs; run++) {
			List<Target> order = new ArrayList<>(targets);
			Collections.rotate(order, run);
			for (Target target : order) {
				bench.startUp(target);
			}
		}
		System.out.printf("%nStart-up to the first answered ListUsers (median of %d, interleaved), idle RSS:%n", runs);
		for (Target target : targets) {
			System.out.printf("  %-44s %6.0f ms  %5.0f MB   runs: %s%n", target.name, median(target.startMillis),
					median(target.idleRss), target.startMillis);
		}
		System.out.printf("  ratio ours/cognito-local: start-up %.2fx, idle RSS %.2fx (below 1 = ours smaller)%n",
				median(ours.startMillis) / median(theirs.startMillis), median(ours.idleRss) / median(theirs.idleRss));
		System.out.printf("  ratio with the cache/without it (AOT off): start-up %.2fx%n",
				median(ours.startMillis) / median(noCache.startMillis));
		bench.latency(ours, theirs);
	}

	/** One way to run a pool: its command, the pool and client it serves, its data. */
	private static final class Target {

		final String name;

		final Function<Integer, ProcessBuilder> command;

		final String readyLine;

		Path template;

		String userPoolId;

		String clientId;

		/** The app client's secret; null for a public client. */
		String clientSecret;

		final List<Double> startMillis = new ArrayList<>();

		final List<Double> idleRss = new ArrayList<>();

		Target(String name, Function<Integer, ProcessBuilder> command, String readyLine) {
			this.name = name;
			this.command = command;
			this.readyLine = readyLine;
		}

	}

	private Target ours() throws Exception {
		Target target = new Target("local-cognito (bin/local-cognito)", (port) -> new ProcessBuilder(this.launcher,
				"--port", port.toString(), "--echo-sms", "off", "--data-dir", "data"), "local-cognito is running");
		return prepareOurs(target);
	}

	/**
	 * The launcher with an empty cache directory each time: it trains, makes the cache,
	 * then starts.
	 */
	private Target firstStart() throws Exception {
		Target target = new Target("local-cognito (bin/local-cognito, first start)", (port) -> {
			ProcessBuilder builder = new ProcessBuilder(this.launcher, "--port", port.toString(), "--echo-sms", "off",
					"--data-dir", "data");
			try {
				builder.environment()
					.put("LOCAL_COGNITO_CACHE_DIR", Files.createTempDirectory(this.work, "cache").toString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return builder;
		}, "local-cognito is running");
		return prepareOurs(target);
	}

	private Target withoutCache() throws Exception {
		Target target = new Target("local-cognito (bin/local-cognito, AOT off)", (port) -> {
			ProcessBuilder builder = new ProcessBuilder(this.launcher, "--port", port.toString(), "--echo-sms", "off",
					"--data-dir", "data");
			builder.environment().put("LOCAL_COGNITO_AOT", "off");
			return builder;
		}, "local-cognito is running");
		return prepareOurs(target);
	}

	private Target plainJar() throws Exception {
		Target target = new Target(
				"local-cognito (java -jar, no flags, no cache)", (port) -> new ProcessBuilder(this.java, "-jar",
						this.jar, "--port", port.toString(), "--echo-sms", "off", "--data-dir", "data"),
				"local-cognito is running");
		return prepareOurs(target);
	}

	/** A data directory whose pool was started once (keys made), copied for each run. */
	private Target prepareOurs(Target target) throws Exception {
		target.template = Files.createDirectories(this.work.resolve("template-" + target.name.hashCode()));
		try (Running running = launch(target, target.template)) {
			running.awaitLine(target.readyLine);
			HttpURLConnection pool = (HttpURLConnection) URI.create("http://127.0.0.1:" + running.port + "/_local/pool")
				.toURL()
				.openConnection();
			target.clientSecret = new ObjectMapper().readTree(pool.getInputStream()).path("clientSecret").textValue();
		}
		target.userPoolId = "us-east-1_LocalPool1";
		target.clientId = "1oca1c0gn1toc11entid00000";
		return target;
	}

	/**
	 * cognito-local with a pool and a client made through its API, copied for each run.
	 */
	private Target cognitoLocal() throws Exception {
		Target target = new Target("cognito-local 5.3 (node)", (port) -> {
			ProcessBuilder builder = new ProcessBuilder(this.node, this.cognitoLocal);
			builder.environment().put("HOST", "127.0.0.1");
			builder.environment().put("PORT", port.toString());
			return builder;
		}, "Cognito Local running on");
		target.template = Files.createDirectories(this.work.resolve("template-cognito-local"));
		try (Running running = launch(target, target.template)) {
			running.awaitLine(target.readyLine);
			try (CognitoIdentityProviderClient client = client(running.port)) {
				target.userPoolId = client.createUserPool(
						(request) -> request.poolName("bench").usernameAttributes(UsernameAttributeType.PHONE_NUMBER))
					.userPool()
					.id();
				target.clientId = client
					.createUserPoolClient((request) -> request.userPoolId(target.userPoolId).clientName("app"))
					.userPoolClient()
					.clientId();
			}
		}
		return target;
	}

	private void startUp(Target target) throws Exception {
		Path copy = copy(target.template);
		long started = System.nanoTime();
		try (Running running = launch(target, copy)) {
			String body = "{\"UserPoolId\":\"" + target.userPoolId + "\"}";
			while (post(running.port, "ListUsers", body) != 200) {
				Thread.sleep(2);
			}
			target.startMillis.add((System.nanoTime() - started) / 1e6);
			running.awaitLine(target.readyLine);
			Thread.sleep(2_000);
			target.idleRss.add(running.rssMegabytes());
		}
	}

	private void latency(Target ours, Target theirs) throws Exception {
		try (Running a = launch(ours, copy(ours.template)); Running b = launch(theirs, copy(theirs.template))) {
			a.awaitLine(ours.readyLine);
			b.awaitLine(theirs.readyLine);
			CognitoIdentityProviderClient oursClient = client(a.port);
			CognitoIdentityProviderClient theirsClient = client(b.port);
			for (int i = 0; i < USERS; i++) {
				String phone = phone(i);
				for (Object[] pair : new Object[][] { { oursClient, ours }, { theirsClient, theirs } }) {
					CognitoIdentityProviderClient client = (CognitoIdentityProviderClient) pair[0];
					Target target = (Target) pair[1];
					client.signUp((request) -> request.clientId(target.clientId)
						.secretHash((target.clientSecret != null)
								? SecretHash.of(target.clientSecret, phone + target.clientId) : null)
						.username(phone)
						.password(PoolClient.password())
						.userAttributes((attribute) -> attribute.name("name").value("Bench User " + phone),
								(attribute) -> attribute.name("phone_number").value(phone)));
				}
			}
			Map<String, Call> calls = Map
				.of("AdminGetUser",
						(client, target, i) -> client.adminGetUser(
								(request) -> request.userPoolId(target.userPoolId).username(phone(i % USERS))),
						"ListUsers, filter phone_number = …",
						(client, target,
								i) -> client.listUsers((request) -> request.userPoolId(target.userPoolId)
									.filter("phone_number = \"" + phone(i % USERS) + "\"")),
						"ListUsers, filter name ^= …",
						(client, target,
								i) -> client.listUsers((request) -> request.userPoolId(target.userPoolId)
									.filter("name ^= \"Bench User " + phone(i % USERS).substring(0, 10) + "\"")),
						"ListUsers, Limit 60 (theirs ignores Limit)", (client, target, i) -> client
							.listUsers((request) -> request.userPoolId(target.userPoolId).limit(60)));
			System.out.printf("%nLatency, %d users, %d calls each after %d warm-up, interleaved (p50):%n", USERS, CALLS,
					CALLS);
			for (Map.Entry<String, Call> call : calls.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
				List<Double> oursTimes = new ArrayList<>();
				List<Double> theirsTimes = new ArrayList<>();
				for (int i = 0; i < 2 * CALLS; i++) {
					double oursTime = time(() -> call.getValue().call(oursClient, ours, 0));
					double theirsTime = time(() -> call.getValue().call(theirsClient, theirs, 0));
					if (i >= CALLS) {
						oursTimes.add(oursTime);
						theirsTimes.add(theirsTime);
					}
				}
				System.out.printf("  %-44s ours %6.2f ms, cognito-local %6.2f ms: ours/theirs %.2fx%n", call.getKey(),
						median(oursTimes), median(theirsTimes), median(oursTimes) / median(theirsTimes));
			}
			System.out.printf("RSS after those calls: ours %.0f MB, cognito-local %.0f MB%n", a.rssMegabytes(),
					b.rssMegabytes());
			oursClient.close();
			theirsClient.close();
		}
	}

	@FunctionalInterface
	private interface Call {

		Object call(CognitoIdentityProviderClient client, Target target, int i);

	}

	private static double time(Runnable call) {
		long start = System.nanoTime();
		call.run();
		return (System.nanoTime() - start) / 1e6;
	}

	private static String phone(int i) {
		return "+1202555" + String.format("%04d", 100 + i);
	}

	/** A launched pool process, stopped when closed. */
	private static final class Running implements AutoCloseable {

		final Process process;

		final int port;

		final Path log;

		Running(Process process, int port, Path log) {
			this.process = process;
			this.port = port;
			this.log = log;
		}

		void awaitLine(String line) throws Exception {
			long deadline = System.nanoTime() + 120_000_000_000L;
			while (!Files.readString(this.log, StandardCharsets.ISO_8859_1).contains(line)) {
				if (!this.process.isAlive() || System.nanoTime() > deadline) {
					throw new IllegalStateException("never ready: " + Files.readString(this.log));
				}
				Thread.sleep(20);
			}
		}

		double rssMegabytes() throws IOException {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
				}
			}
			throw new IllegalStateException("no VmRSS");
		}

		@Override
		public void close() throws Exception {
			this.process.destroy();
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}

	}

	private Running launch(Target target, Path directory) throws IOException {
		int port = freePort();
		Path log = directory.resolve("process.log");
		Process process = target.command.apply(port)
			.directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		return new Running(process, port, log);
	}

	private Path copy(Path template) throws IOException {
		Path copy = Files.createTempDirectory(this.work, "run");
		try (Stream<Path> files = Files.walk(template)) {
			for (Path file : files.toList()) {
				Path target = copy.resolve(template.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else if (!file.getFileName().toString().equals("process.log")) {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return copy;
	}

	private static int post(int port, String operation, String body) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/")
				.toURL()
				.openConnection();
			connection.setConnectTimeout(200);
			connection.setReadTimeout(5_000);
			connection.setRequestMethod("POST");
			connection.setDoOutput(true);
			connection.setRequestProperty("Content-Type", "application/x-amz-json-1.1");
			connection.setRequestProperty("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation);
			// ListUsers is IAM-authorized: signed as an SDK signs it (neither checks the
			// signature)
			connection.setRequestProperty("Authorization", RawHttp.SIGV4);
			connection.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
			int status = connection.getResponseCode();
			connection.disconnect();
			return status;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static CognitoIdentityProviderClient client(int port) {
		return CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(URI.create("http://127.0.0.1:" + port))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
			.build();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
