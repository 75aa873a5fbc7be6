package dev.passwordless.triggers;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import dev.passwordless.triggers.challenge.PendingNumberChanges;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The pending number changes in the send-limits table beside the histories
 * ({@link DynamoDbSendLimitStore}): an item keyed {@code c#} and a keyed hash, with the
 * new number, when the offer lapses (epoch milliseconds) and a TTL then. Pre
 * authentication writes it with one {@code PutItem}; every first round of Create reads it
 * with one strongly consistent {@code GetItem}.
 */
final class DynamoDbPendingNumberChanges implements PendingNumberChanges {

	private static final String NUMBER = "number";

	private static final String UNTIL = "until";

	private final DynamoDbClient dynamo;

	private final String table;

	DynamoDbPendingNumberChanges(DynamoDbClient dynamo, String table) {
		this.dynamo = dynamo;
		this.table = table;
	}

	@Override
	public void offer(String key, String newPhoneNumber, Instant until) {
		this.dynamo.putItem(PutItemRequest.builder()
			.tableName(this.table)
			.item(Map.of(DynamoDbSendLimitStore.KEY, AttributeValue.fromS(key), NUMBER,
					AttributeValue.fromS(newPhoneNumber), UNTIL, SendLimitItems.number(until.toEpochMilli()),
					DynamoDbSendLimitStore.TTL, SendLimitItems.number(until.getEpochSecond() + 1)))
			.build());
	}

	@Override
	public Optional<String> find(String key, Instant now) {
		Map<String, AttributeValue> item = SendLimitItems.read(this.dynamo, this.table, key);
		if (item == null || !item.containsKey(NUMBER) || !item.containsKey(UNTIL)
				|| !now.isBefore(Instant.ofEpochMilli(Long.parseLong(item.get(UNTIL).n())))) {
			return Optional.empty();
		}
		return Optional.of(item.get(NUMBER).s());
	}

}
