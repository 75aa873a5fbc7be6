package dev.passwordless.triggers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.passwordless.rules.SendLimitStore.CountedHistory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * A history and its counter read in one {@code BatchGetItem}, strongly consistent
 * ({@link DynamoDbSendLimitStore#findCounted}).
 */
final class CountedHistoryRead {

	private final DynamoDbClient dynamo;

	private final String table;

	CountedHistoryRead(DynamoDbClient dynamo, String table) {
		this.dynamo = dynamo;
		this.table = table;
	}

	/**
	 * Keys DynamoDB leaves unprocessed (throttling) are asked for again, up to
	 * {@value BackOff#TRIES} times.
	 */
	CountedHistory read(String key, String counterKey) {
		Map<String, KeysAndAttributes> wanted = Map.of(this.table,
				KeysAndAttributes.builder()
					.keys(List.of(SendLimitItems.key(key), SendLimitItems.key(counterKey)))
					.consistentRead(true)
					.build());
		Map<String, Map<String, AttributeValue>> items = new HashMap<>();
		for (int tried = 1; !wanted.isEmpty(); tried++) {
			if (tried > BackOff.TRIES) {
				throw new IllegalStateException("send limits: keys left unprocessed");
			}
			if (tried > 1) {
				BackOff.pause(tried - 1);
			}
			BatchGetItemResponse response = this.dynamo
				.batchGetItem(BatchGetItemRequest.builder().requestItems(wanted).build());
			for (Map<String, AttributeValue> item : response.responses().getOrDefault(this.table, List.of())) {
				items.put(item.get(DynamoDbSendLimitStore.KEY).s(), item);
			}
			wanted = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
		}
		Map<String, AttributeValue> counter = items.getOrDefault(counterKey, Map.of());
		return new CountedHistory(SendLimitItems.history(items.getOrDefault(key, Map.of())),
				SendLimitItems.count(counter), SendLimitItems.mark(counter));
	}

}
