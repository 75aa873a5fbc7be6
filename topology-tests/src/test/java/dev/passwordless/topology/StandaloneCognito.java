package dev.passwordless.topology;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import dev.passwordless.testing.sms.Outbox;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One local Cognito on its own, as an operator runs it for several app instances:
 * {@code java -jar local-cognito.jar --port N --in-memory --client-secret on --echo-sms off}
 * (a confidential client, as on AWS; nothing kept on disk; codes only in the outbox). The
 * apps get the pool from its {@code GET /_local/pool}; the test reads the SMS it "sent"
 * from its outbox.
 */
final class StandaloneCognito implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ChildProcess process;

	private final String endpoint;

	private StandaloneCognito(ChildProcess process, String endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	/** Starts it on a free port; {@link #awaitPool()} waits until it answers. */
	static StandaloneCognito start(Path jar, Path logs) {
		int port = FreePort.find();
		ChildProcess process = new ChildProcess("local-cognito",
				List.of(ChildProcess.java(), "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
						jar.toString(), "--port", String.valueOf(port), "--in-memory", "--client-secret", "on",
						"--echo-sms", "off"),
				Map.of(), logs);
		process.start();
		return new StandaloneCognito(process, "http://127.0.0.1:" + port);
	}

	/** Waits until it serves, then reads the pool from {@code GET /_local/pool}. */
	Pool awaitPool() {
		String uri = this.endpoint + "/_local/pool";
		Awaitility.await("local Cognito at " + uri)
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> {
				this.process.requireAlive();
				return Http.get(uri, Duration.ofSeconds(2)).filter((answer) -> answer.statusCode() == 200).isPresent();
			});
		JsonNode pool = JSON.readTree(Http.body(uri));
		return new Pool(pool.get("endpoint").asString(), pool.get("region").asString(),
				pool.get("userPoolId").asString(), pool.get("clientId").asString(),
				pool.get("clientSecret").asString());
	}

	/**
	 * Makes a group, as an administrator does: CreateGroup signed as AWS requires (the
	 * local Cognito takes any key and does not check the signature).
	 */
	void createGroup(Pool pool, String group) {
		String date = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.withZone(ZoneOffset.UTC)
			.format(Instant.now());
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.endpoint + "/"))
			.header("Content-Type", "application/x-amz-json-1.1")
			.header("X-Amz-Target", "AWSCognitoIdentityProviderService.CreateGroup")
			.header("X-Amz-Date", date)
			.header("Authorization",
					"AWS4-HMAC-SHA256 Credential=local/" + date.substring(0, 8) + "/" + pool.region()
							+ "/cognito-idp/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
							+ "Signature=" + "0".repeat(64))
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"UserPoolId\":\"" + pool.userPoolId() + "\",\"GroupName\":\"" + group + "\"}"))
			.build();
		int status = Http.send(request).statusCode();
		if (status != 200) {
			throw new IllegalStateException("CreateGroup " + group + " answered " + status);
		}
	}

	/** The SMS the pool sent, as the test's phones read them. */
	Outbox outbox() {
		return Outbox.at(this.endpoint);
	}

	ChildProcess process() {
		return this.process;
	}

	@Override
	public void close() {
		this.process.stop();
	}

	/**
	 * What an app needs to know of the pool, as {@code GET /_local/pool} serves it (the
	 * settings {@code passwordless.cognito.endpoint}, {@code region},
	 * {@code user-pool-id}, {@code client-id}, {@code client-secret}).
	 */
	record Pool(String endpoint, String region, String userPoolId, String clientId, String clientSecret) {

	}

}
