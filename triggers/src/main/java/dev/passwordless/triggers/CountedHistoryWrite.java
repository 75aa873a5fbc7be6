package dev.passwordless.triggers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.passwordless.rules.Counter;
import dev.passwordless.rules.SendHistory;
import dev.passwordless.rules.SendLimitStore.WriteOutcome;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A history and its counter written in one {@code TransactWriteItems}
 * ({@link DynamoDbSendLimitStore#replaceCounted}): the history's compare-and-set put and
 * the counter's conditional update (an increment, or the check that sets only its expiry;
 * either adds the mark to the counter's marks), written both or neither.
 */
final class CountedHistoryWrite {

	private static final String CONDITION_FAILED = "ConditionalCheckFailed";

	private static final String CONFLICT = "TransactionConflict";

	private final DynamoDbClient dynamo;

	private final String table;

	CountedHistoryWrite(DynamoDbClient dynamo, String table) {
		this.dynamo = dynamo;
		this.table = table;
	}

	/**
	 * A transaction that collides with another one on the same item (the day's budget is
	 * shared by every sign-in) is cancelled with nothing written and tried again, up to
	 * {@value BackOff#TRIES} times.
	 * @param override the request's override configuration (the priming mark), or null
	 */
	WriteOutcome write(String key, Optional<SendHistory> expected, SendHistory next, Counter counter, boolean add,
			AwsRequestOverrideConfiguration override) {
		TransactWriteItem history = TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(this.table)
				.item(SendLimitItems.historyItem(key, next))
				.conditionExpression(SendLimitItems.versionCondition(expected))
				.expressionAttributeValues(SendLimitItems.versionValues(expected))
				.build())
			.build();
		TransactWriteItem count = TransactWriteItem.builder()
			.update(Update.builder()
				.tableName(this.table)
				.key(SendLimitItems.key(counter.key()))
				.updateExpression(SendLimitItems.counterUpdate(add, counter.mark()))
				.conditionExpression(SendLimitItems.BELOW_LIMIT)
				.expressionAttributeValues(
						SendLimitItems.counterValues(counter.limit(), counter.expiresAt(), add, counter.mark()))
				.build())
			.build();
		TransactWriteItemsRequest transaction = TransactWriteItemsRequest.builder()
			.transactItems(history, count)
			.overrideConfiguration(override)
			.build();
		for (int tried = 1;; tried++) {
			try {
				this.dynamo.transactWriteItems(transaction);
				return WriteOutcome.WRITTEN;
			}
			catch (TransactionCanceledException ex) {
				List<String> reasons = new ArrayList<>();
				if (ex.hasCancellationReasons()) {
					for (CancellationReason reason : ex.cancellationReasons()) {
						reasons.add(reason.code());
					}
				}
				if (reasons.size() == 2 && CONDITION_FAILED.equals(reasons.get(1))) {
					return WriteOutcome.COUNTER_AT_LIMIT;
				}
				if (reasons.size() == 2 && CONDITION_FAILED.equals(reasons.get(0))) {
					return WriteOutcome.HISTORY_CHANGED;
				}
				if (!reasons.contains(CONFLICT) || tried == BackOff.TRIES) {
					throw ex;
				}
				BackOff.pause(tried);
			}
		}
	}

}
