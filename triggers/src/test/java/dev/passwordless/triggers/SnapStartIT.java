package dev.passwordless.triggers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.amazonaws.services.lambda.crac.Core;
import com.sun.net.httpserver.HttpServer;
import dev.passwordless.triggers.snapstart.Entropy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SnapStart hooks as SnapStart runs them: registered through {@code org.crac} with
 * the Lambda runtime's own context ({@code -Dorg.crac.Core.Compat}, as on Lambda), which
 * the tests call before the snapshot and after a restore. The triggers talk to DynamoDB
 * Local and to a listener standing in for SNS and Cognito, over HTTP with the real SDK.
 */
class SnapStartIT {

	private static DynamoDbLocal dynamoDb;

	private static DynamoDbClient client;

	private static HttpServer aws;

	/** What reached SNS and Cognito: the body of every request. */
	private static final List<String> received = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void start() throws IOException {
		assertThat(System.getProperty("org.crac.Core.Compat")).as("set by the failsafe configuration, as on Lambda")
			.isEqualTo("com.amazonaws.services.lambda.crac");
		dynamoDb = DynamoDbLocal.start();
		dynamoDb.createSendLimitsTable("send-limits");
		client = dynamoDb.client();
		aws = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		aws.createContext("/", (exchange) -> {
			received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			boolean json = exchange.getRequestHeaders().containsKey("X-Amz-Target");
			byte[] answer = (json ? "{}"
					: "<PublishResponse><PublishResult><MessageId>m-1</MessageId></PublishResult></PublishResponse>")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", json ? "application/x-amz-json-1.1" : "text/xml");
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		aws.start();
		String listener = "http://127.0.0.1:" + aws.getAddress().getPort();
		System.setProperty("aws.endpointUrlSns", listener);
		System.setProperty("aws.endpointUrlCognitoIdentityProvider", listener);
		System.setProperty("aws.endpointUrlDynamoDb", dynamoDb.endpoint().toString());
	}

	@AfterAll
	static void stop() {
		System.clearProperty("aws.endpointUrlSns");
		System.clearProperty("aws.endpointUrlCognitoIdentityProvider");
		System.clearProperty("aws.endpointUrlDynamoDb");
		aws.stop(0);
		client.close();
		dynamoDb.close();
	}

	@Test
	void beforeCheckpointWhenEveryTriggerIsPrimedThenNoSmsGoesOutNoCognitoCallIsMadeAndNothingIsStored() {
		Entropy entropy = new Entropy();
		SecureRandom beforeTheSnapshot = entropy.get();
		CreateAuthChallengeHandler create = create(entropy);
		PostAuthenticationHandler postAuthentication = new PostAuthenticationHandler(environment());
		DefineAuthChallengeHandler define = new DefineAuthChallengeHandler(environment(), Clock.systemUTC());
		VerifyAuthChallengeHandler verify = new VerifyAuthChallengeHandler(environment(), Clock.systemUTC());
		PreSignUpHandler preSignUp = new PreSignUpHandler(environment());
		received.clear();
		var stored = client.scan((scan) -> scan.tableName("send-limits")).items();
		String log = beforeSnapshot();
		assertThat(log).doesNotContain("priming-failed");
		assertThat(received).isEmpty();
		assertThat(client.scan((scan) -> scan.tableName("send-limits")).items()).isEqualTo(stored);
		afterRestore();
		// the hooks ran (priming, then the renewal), through the runtime's context
		assertThat(entropy.get()).isNotSameAs(beforeTheSnapshot);
		// the runtime holds the hooks weakly: the handlers must live until here
		Reference.reachabilityFence(List.of(create, postAuthentication, define, verify, preSignUp));
	}

	@Test
	void afterRestoreWhenCreateIsRestoredThenTheCodeComesFromAFreshGenerator() throws Exception {
		AtomicInteger made = new AtomicInteger();
		Entropy entropy = new Entropy(() -> seeded(made.incrementAndGet()));
		CreateAuthChallengeHandler create = create(entropy);
		SecureRandom beforeTheSnapshot = entropy.get();
		beforeSnapshot();
		afterRestore();
		assertThat(entropy.get()).isNotSameAs(beforeTheSnapshot);
		received.clear();
		create.handleRequest(CreateEvents.registered("+12025550142"), new RecordingContext());
		String firstCodeOfTheFreshGenerator = String.format("%06d", seeded(made.get()).nextLong(1_000_000));
		assertThat(received).singleElement()
			.satisfies((publish) -> assertThat(URLDecoder.decode(publish, StandardCharsets.UTF_8))
				.contains("PhoneNumber=+12025550142")
				.contains("Message=" + firstCodeOfTheFreshGenerator + " is your SMS sign-in code."));
	}

	@Test
	void afterRestoreWhenPrimedThenTheTriggersStillWorkAndCountOnlyRealSends() {
		CreateAuthChallengeHandler create = create(new Entropy());
		beforeSnapshot();
		afterRestore();
		received.clear();
		create.handleRequest(CreateEvents.registered("+12025550143"), new RecordingContext());
		assertThat(received).hasSize(1);
		assertThat(client.scan((scan) -> scan.tableName("send-limits")).items())
			.extracting((item) -> item.get(DynamoDbSendLimitStore.KEY).s())
			.anyMatch((key) -> key.startsWith("budget#"))
			.noneMatch((key) -> key.startsWith("priming"));
	}

	private static CreateAuthChallengeHandler create(Entropy entropy) {
		return new CreateAuthChallengeHandler(
				Dependencies.create(environment(), Clock.systemUTC(), Optional.empty(), entropy));
	}

	private static Map<String, String> environment() {
		return TestTriggers.snapStartEnvironment(Map.of());
	}

	/**
	 * What Lambda's runtime does before it takes the snapshot: the hooks of the global
	 * context (in the reverse order of registration), then a DNS-cache clearing that is
	 * native code present only on Lambda, which is all that fails here.
	 * @return what the hooks printed
	 */
	private static String beforeSnapshot() {
		// handlers other tests left behind are held weakly; let them go first
		System.gc();
		PrintStream out = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			Core.getGlobalContext().beforeCheckpoint(null);
		}
		catch (UnsatisfiedLinkError ex) {
			// DNSManager.clearCache, after the hooks ran
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
		finally {
			System.setOut(out);
		}
		return printed.toString(StandardCharsets.UTF_8);
	}

	private static void afterRestore() {
		try {
			Core.getGlobalContext().afterRestore(null);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	/** A generator whose output this test can repeat. */
	private static SecureRandom seeded(long seed) {
		try {
			SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
			random.setSeed(seed);
			return random;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
