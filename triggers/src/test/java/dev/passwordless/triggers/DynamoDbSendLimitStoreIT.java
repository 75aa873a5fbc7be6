package dev.passwordless.triggers;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.SendLimitStoreContract;
import dev.passwordless.triggers.limits.SmsSendCheck;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.sms.SmsDeliveryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The DynamoDB store against Amazon's DynamoDB Local, through the real SDK over HTTP. */
class DynamoDbSendLimitStoreIT extends SendLimitStoreContract {

	private static DynamoDbLocal dynamoDb;

	private static DynamoDbClient client;

	private static DynamoDbSendLimitStore store;

	@BeforeAll
	static void startDynamoDbLocal() {
		dynamoDb = DynamoDbLocal.start();
		dynamoDb.createSendLimitsTable("send-limits");
		client = dynamoDb.client();
		store = new DynamoDbSendLimitStore(client, "send-limits");
	}

	@AfterAll
	static void stopDynamoDbLocal() {
		client.close();
		dynamoDb.close();
	}

	@Override
	protected SendLimitStore store() {
		return store;
	}

	@Test
	void storedRowsHoldOnlyTheKeyedHashTheVersionTheTimesAndTheTtl() {
		SmsSendCheck check = TestTriggers.check(TriggerSettings.defaults(), store, new MovableClock());
		check.admit("+14155550188");
		var items = client.scan((scan) -> scan.tableName("send-limits")).items();
		assertThat(items).isNotEmpty().allSatisfy((item) -> {
			assertThat(item.toString()).doesNotContain("4155550188");
			assertThat(item).containsKey(DynamoDbSendLimitStore.TTL);
		});
		String key = check.keyFor("+14155550188");
		assertThat(items).anySatisfy((item) -> assertThat(item.get(DynamoDbSendLimitStore.KEY).s()).isEqualTo(key));
		assertThat(store.find(key)).get()
			.satisfies((history) -> assertThat(history.expiresAt())
				.isEqualTo(history.sentAt().getLast().plus(Duration.ofHours(1))));
	}

	@Test
	void fromTheEnvironmentThenUsesTheNamedTableAtTheSdksEndpoint() {
		System.setProperty("aws.endpointUrlDynamoDb", dynamoDb.endpoint().toString());
		try {
			DynamoDbSendLimitStore fromEnvironment = DynamoDbSendLimitStore
				.from(Map.of(TriggerEnvironment.SEND_LIMITS_TABLE, "send-limits", TriggerEnvironment.AWS_REGION,
						"us-east-1", "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local"));
			assertThat(fromEnvironment.increment("budget#env", 1, Instant.now())).isTrue();
			assertThat(store.count("budget#env")).isEqualTo(1);
		}
		finally {
			System.clearProperty("aws.endpointUrlDynamoDb");
		}
	}

	@Test
	void fromTheEnvironmentWithoutATableThenRefusesToStart() {
		assertThatThrownBy(() -> DynamoDbSendLimitStore.from(Map.of()))
			.hasMessage("SEND_LIMITS_TABLE must name the DynamoDB table that holds the SMS send limits");
	}

	@Test
	void whenTheTableDoesNotExistThenTheSendCheckFailsClosed() {
		SmsSendCheck check = TestTriggers.check(TriggerSettings.defaults(),
				new DynamoDbSendLimitStore(client, "missing"), new MovableClock());
		assertThatThrownBy(() -> check.admit("+14155550188")).isInstanceOf(SmsDeliveryException.class);
	}

}
