package dev.passwordless.triggers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.settings.TestSettings;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.sms.SmsSender;
import dev.passwordless.triggers.sms.SnsSmsSender;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What the warm benchmarks ({@link SendLimitsBenchmark}, {@link SameAnswerBenchmark}) run
 * Create against: DynamoDB Local with the limits' table, and a local listener that
 * answers SNS, reached by an SNS client built as the triggers build theirs. Not a test.
 */
final class WarmBenchmarkBackends implements AutoCloseable {

	/** The defaults, with a daily budget no benchmark uses up. */
	final TriggerSettings settings = TestSettings.from(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "10000000"));

	/** Publishes over HTTP to the listener. */
	final SmsSender sms;

	/** The limits in DynamoDB Local, table {@code send-limits}. */
	final DynamoDbSendLimitStore store;

	private final HttpServer sns;

	private final DynamoDbLocal dynamoDb;

	private final DynamoDbClient client;

	private WarmBenchmarkBackends(HttpServer sns, DynamoDbLocal dynamoDb) {
		this.sns = sns;
		this.dynamoDb = dynamoDb;
		this.client = dynamoDb.client();
		this.store = new DynamoDbSendLimitStore(this.client, "send-limits");
		this.sms = new SnsSmsSender(new AwsClients(TestTriggers.lambdaEnvironment()).sns(), this.settings.senderId(),
				this.settings.originationNumber());
	}

	static WarmBenchmarkBackends start() {
		HttpServer sns = ColdStartBenchmark.snsListener(new AtomicInteger());
		System.setProperty("aws.endpointUrlSns", "http://127.0.0.1:" + sns.getAddress().getPort());
		DynamoDbLocal dynamoDb = DynamoDbLocal.start();
		dynamoDb.createSendLimitsTable("send-limits");
		return new WarmBenchmarkBackends(sns, dynamoDb);
	}

	/** A percentile of durations in nanoseconds, in milliseconds. */
	static double percentile(List<Long> nanos, int percentile) {
		List<Long> sorted = nanos.stream().sorted().toList();
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
	}

	@Override
	public void close() {
		this.client.close();
		this.dynamoDb.close();
		this.sns.stop(0);
		System.clearProperty("aws.endpointUrlSns");
	}

}
