package dev.passwordless.triggers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import dev.passwordless.rules.SendHistory;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.challenge.ChallengeParameters;
import dev.passwordless.triggers.challenge.NumberChangeOffers;
import dev.passwordless.triggers.settings.TestSettings;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.sms.Pause;
import dev.passwordless.triggers.sms.SnsSmsSender;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * One cold start, run by {@link ColdStartBenchmark} in a fresh JVM: build the Create
 * handler, optionally run the SnapStart hooks, handle one first-round event the way the
 * Lambda runtime does (JSON in through the runtime's serializer, JSON out; the handler
 * reads the limits and publishes an SMS over HTTP), print the times, exit. The naive
 * handler is invoked as a plain {@code RequestHandler} (the runtime's reflective
 * serializer), the deployable one through its stream entry point, which the runtime
 * prefers.
 *
 * <p>
 * Modes: {@code optimized}, the deployable handler as Lambda builds it without SnapStart;
 * {@code restored}, the same, then the runtime's CRaC hooks ({@code beforeCheckpoint},
 * {@code afterRestore}) before the invocation, which is what a SnapStart restore leaves
 * to pay; {@code naive}, the same logic with every SDK default
 * ({@code SnsClient.create()}, {@code DynamoDbClient.create()}: the SDK's default HTTP
 * client, region and credential chains, endpoint rules), no priming, and the send path's
 * three DynamoDB requests (besides the retried steps' and the offered number changes'
 * requests, as deployed).
 */
public final class ColdStartProbe {

	private ColdStartProbe() {
	}

	public static void main(String[] args) throws Exception {
		long mainStart = System.nanoTime();
		CreateAuthChallengeHandler handler = switch (args[0]) {
			case "optimized", "restored" -> new CreateAuthChallengeHandler();
			case "naive" -> naive();
			default -> throw new IllegalArgumentException("mode: optimized, restored or naive");
		};
		long initialized = System.nanoTime();
		if (args[0].equals("restored")) {
			// what Lambda's runtime does before the snapshot and after a restore; its
			// native DNS-cache clearing exists only on Lambda
			try {
				com.amazonaws.services.lambda.crac.Core.getGlobalContext().beforeCheckpoint(null);
			}
			catch (UnsatisfiedLinkError ex) {
				// DNSManager.clearCache, after the hooks ran
			}
			com.amazonaws.services.lambda.crac.Core.getGlobalContext().afterRestore(null);
		}
		long hooked = System.nanoTime();
		String response = args[0].equals("naive") ? invoke(handler, CreateEvents.json("+12025550123"))
				: stream(handler, CreateEvents.json("+12025550123"));
		long done = System.nanoTime();
		if (!response.contains(ChallengeParameters.CODE_LENGTH)) {
			throw new IllegalStateException("no challenge created: " + response);
		}
		long jvmToDone = Instant.now().toEpochMilli() - ManagementFactory.getRuntimeMXBean().getStartTime();
		// every thread's CPU time so far, the JIT compiler's and the collector's included
		long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		System.out.printf("COLD-START init=%.2f hooks=%.2f first=%.2f jvmToDone=%d classes=%d cpu=%.2f%n",
				(initialized - mainStart) / 1e6, (hooked - initialized) / 1e6, (done - hooked) / 1e6, jvmToDone,
				ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(), cpu / 1e6);
	}

	/**
	 * As the Lambda runtime invokes a handler that is only a {@code RequestHandler}: JSON
	 * in, the handler, JSON out, through the runtime's generic Jackson serializer.
	 */
	private static String invoke(CreateAuthChallengeHandler handler, String json) {
		PojoSerializer<CognitoUserPoolCreateAuthChallengeEvent> serializer = JacksonFactory.getInstance()
			.getSerializer(CognitoUserPoolCreateAuthChallengeEvent.class);
		CognitoUserPoolCreateAuthChallengeEvent result = handler.handleRequest(serializer.fromJson(json),
				new RecordingContext());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		serializer.toJson(result, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * As the Lambda runtime invokes a handler that is a {@code RequestStreamHandler}
	 * (which it prefers): the JSON into the stream entry point.
	 */
	private static String stream(CreateAuthChallengeHandler handler, String json) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		handler.handleRequest(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), out,
				new RecordingContext());
		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * The same logic built naively: every SDK default, and the limits written as they
	 * were before the send path was cut to two requests (a read, a conditional put, a
	 * conditional budget update); the steps Cognito may retry and the number changes
	 * offered to Create kept in the same table, as the deployable handler keeps them
	 * (each first round reads both and writes its step).
	 */
	static CreateAuthChallengeHandler naive() {
		Map<String, String> environment = System.getenv();
		String table = environment.get(TriggerSettingNames.SEND_LIMITS_TABLE);
		DynamoDbClient client = DynamoDbClient.create();
		SendLimitStore dynamoDb = new DynamoDbSendLimitStore(client, table);
		SendLimitStore threeRequests = new SendLimitStore() {
			@Override
			public Optional<SendHistory> find(String key) {
				return dynamoDb.find(key);
			}

			@Override
			public boolean replace(String key, Optional<SendHistory> expected, SendHistory next) {
				return dynamoDb.replace(key, expected, next);
			}

			@Override
			public boolean increment(String key, long limit, Instant expiresAt) {
				return dynamoDb.increment(key, limit, expiresAt);
			}

			@Override
			public boolean isBelow(String key, long limit, Instant expiresAt) {
				return dynamoDb.isBelow(key, limit, expiresAt);
			}

			@Override
			public long count(String key) {
				return dynamoDb.count(key);
			}
		};
		TriggerSettings settings = TestSettings.from(environment);
		DynamoDbPendingNumberChanges pending = new DynamoDbPendingNumberChanges(client, table);
		return TestTriggers.create(settings,
				new SnsSmsSender(SnsClient.create(), settings.senderId(), settings.originationNumber()), threeRequests,
				new DynamoDbIssuedStepStore(client, table),
				new NumberChangeOffers(() -> pending, TestTriggers.sendLimitKey(), Clock.systemUTC()),
				Clock.systemUTC(), new SecureRandom(), Pause.sleeping(), (pool, number) -> false);
	}

}
