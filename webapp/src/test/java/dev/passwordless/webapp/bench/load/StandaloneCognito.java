package dev.passwordless.webapp.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.passwordless.testing.sms.Outbox;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local Cognito in a JVM of its own, as an operator runs it for app instances
 * ({@code java -jar local-cognito.jar --in-memory --client-secret on --echo-sms off}),
 * with the triggers' settings the app's embedded pool would give them: the countries and
 * the app's name; the cooldown and hourly ceiling per number are the triggers' defaults,
 * the same as the app's ({@code passwordless.limits}); the daily SMS budget as given.
 */
final class StandaloneCognito implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ChildJvm jvm;

	private final String endpoint;

	private StandaloneCognito(ChildJvm jvm, String endpoint) {
		this.jvm = jvm;
		this.endpoint = endpoint;
	}

	static StandaloneCognito start(Path jar, int dailySmsBudget, Path logs) {
		int port = ChildJvm.freePort();
		List<String> arguments = new ArrayList<>(List.of("-Xmx1g", "-jar", jar.toString(), "--port",
				String.valueOf(port), "--in-memory", "--client-secret", "on", "--echo-sms", "off"));
		for (String setting : List.of("ALLOWED_COUNTRIES=US,CA,GB,DE", "APP_NAME=SMS sign-in",
				"DAILY_SMS_BUDGET=" + dailySmsBudget)) {
			arguments.addAll(List.of("--trigger-env", setting));
		}
		return new StandaloneCognito(ChildJvm.start("local-cognito", arguments, Map.of(), logs),
				"http://127.0.0.1:" + port);
	}

	/** Waits until it answers, then reads its pool from {@code GET /_local/pool}. */
	Pool awaitPool(Duration timeout) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			this.jvm.requireAlive();
			try {
				HttpResponse<String> answer = http
					.send(HttpRequest.newBuilder(URI.create(this.endpoint + "/_local/pool"))
						.timeout(Duration.ofSeconds(2))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200) {
					JsonNode pool = JSON.readTree(answer.body());
					return new Pool(pool.get("endpoint").asString(), pool.get("region").asString(),
							pool.get("userPoolId").asString(), pool.get("clientId").asString(),
							pool.get("clientSecret").asString());
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the local Cognito did not answer within " + timeout);
			}
			Thread.sleep(100);
		}
	}

	/** The SMS it sent, as the people's phones read them. */
	Outbox outbox() {
		return Outbox.at(this.endpoint);
	}

	/** How many SMS each number got so far, from the whole outbox. */
	Map<String, Integer> smsCounts() throws IOException, InterruptedException {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.endpoint + "/_aws/sns/sms-messages"))
				.timeout(Duration.ofSeconds(60))
				.build(), HttpResponse.BodyHandlers.ofString());
		Map<String, Integer> counts = new HashMap<>();
		JSON.readTree(answer.body())
			.path("sms_messages")
			.properties()
			.forEach((number) -> counts.put(number.getKey(), number.getValue().size()));
		return counts;
	}

	ChildJvm jvm() {
		return this.jvm;
	}

	@Override
	public void close() {
		this.jvm.close();
	}

	/** The pool as {@code GET /_local/pool} gives it. */
	record Pool(String endpoint, String region, String userPoolId, String clientId, String clientSecret) {

	}

}
