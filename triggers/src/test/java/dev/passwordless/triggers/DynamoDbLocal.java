package dev.passwordless.triggers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Amazon DynamoDB Local in a child process, for tests only (its licence forbids shipping
 * it): in memory, telemetry off, on a free port. It listens on all interfaces, so it runs
 * only as long as the tests that need it.
 */
final class DynamoDbLocal implements AutoCloseable {

	private final Process process;

	private final URI endpoint;

	private DynamoDbLocal(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	/**
	 * Starts it from the jars that the {@code triggers/dynamodb-local} module lays out.
	 * @throws IllegalStateException when it is not laid out or does not answer in time
	 */
	static DynamoDbLocal start() {
		Path home = Path.of(System.getProperty("dynamodb.local.home", "dynamodb-local/target"));
		if (!Files.isDirectory(home.resolve("lib"))) {
			throw new IllegalStateException("DynamoDB Local is not laid out in " + home.toAbsolutePath()
					+ "; build from the project root (./mvnw verify)");
		}
		int port = freePort();
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		try {
			Process process = new ProcessBuilder(java.toString(),
					"-Dsqlite4java.library.path=" + home.resolve("native"), "-cp", home.resolve("lib") + "/*",
					"com.amazonaws.services.dynamodbv2.local.main.ServerRunner", "-inMemory", "-port",
					Integer.toString(port), "-disableTelemetry")
				.redirectErrorStream(true)
				.redirectOutput(home.resolve("dynamodb-local.log").toFile())
				.start();
			DynamoDbLocal local = new DynamoDbLocal(process, URI.create("http://127.0.0.1:" + port));
			local.awaitReady();
			return local;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A client of this server, with the project's HTTP client. */
	DynamoDbClient client(ExecutionInterceptor... interceptors) {
		return DynamoDbClient.builder()
			.overrideConfiguration((config) -> List.of(interceptors).forEach(config::addExecutionInterceptor))
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(this.endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
			.build();
	}

	URI endpoint() {
		return this.endpoint;
	}

	/** Creates a table shaped like the stack's: string key {@code pk}, on demand. */
	void createSendLimitsTable(String name) {
		try (DynamoDbClient dynamo = client()) {
			dynamo.createTable((table) -> table.tableName(name)
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions((attribute) -> attribute.attributeName(DynamoDbSendLimitStore.KEY)
					.attributeType(ScalarAttributeType.S))
				.keySchema((key) -> key.attributeName(DynamoDbSendLimitStore.KEY).keyType(KeyType.HASH)));
			dynamo.updateTimeToLive((ttl) -> ttl.tableName(name)
				.timeToLiveSpecification((spec) -> spec.attributeName(DynamoDbSendLimitStore.TTL).enabled(true)));
		}
	}

	/**
	 * Waits until it answers: it prints nothing when it starts listening, so its port is
	 * tried every few milliseconds (a refused connection costs nothing), then asked once
	 * for its tables.
	 */
	private void awaitReady() {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		try (DynamoDbClient dynamo = client()) {
			while (!accepts()) {
				if (!this.process.isAlive() || Instant.now().isAfter(deadline)) {
					close();
					throw new IllegalStateException("DynamoDB Local did not start; see dynamodb-local.log");
				}
				Thread.sleep(20);
			}
			dynamo.listTables();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			close();
			throw new IllegalStateException(ex);
		}
	}

	private boolean accepts() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.endpoint.getPort()), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
