package dev.passwordless.triggers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.passwordless.rules.Counter;
import dev.passwordless.rules.SendHistory;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.snapstart.PrimingHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The send limits in a DynamoDB table with a string partition key {@code pk} and TTL on
 * {@code expiresAt} (epoch seconds); send times are epoch milliseconds
 * ({@link SendLimitItems}). Reads are strongly consistent; a history is written only if
 * its version is still the one read, a counter grows only below its limit (conditional
 * writes), so concurrent Lambda instances never both win. A history and the day's budget
 * are read in one {@code BatchGetItem} ({@link CountedHistoryRead}) and written in one
 * {@code TransactWriteItems} ({@link CountedHistoryWrite}), so a send costs one read and
 * one write request. A counter's marks (the alarms reported) are a number set on its
 * item, which only grows.
 */
public final class DynamoDbSendLimitStore implements SendLimitStore {

	/** The table's partition key, a string. */
	public static final String KEY = "pk";

	/** The table's TTL attribute, epoch seconds. */
	public static final String TTL = "expiresAt";

	/**
	 * A key no history has: real keys are {@code n#} or {@code budget#} and a hash or a
	 * date.
	 */
	private static final String PRIMING_KEY = "priming#never-written";

	private final DynamoDbClient dynamo;

	private final String table;

	private final CountedHistoryRead countedRead;

	private final CountedHistoryWrite countedWrite;

	DynamoDbSendLimitStore(DynamoDbClient dynamo, String table) {
		this.dynamo = dynamo;
		this.table = table;
		this.countedRead = new CountedHistoryRead(dynamo, table);
		this.countedWrite = new CountedHistoryWrite(dynamo, table);
	}

	/**
	 * The table named by {@link TriggerSettingNames#SEND_LIMITS_TABLE}.
	 * @throws IllegalArgumentException when no table is named
	 */
	static String table(Map<String, String> environment) {
		String table = environment.get(TriggerSettingNames.SEND_LIMITS_TABLE);
		if (table == null || table.isBlank()) {
			throw new IllegalArgumentException(TriggerSettingNames.SEND_LIMITS_TABLE
					+ " must name the DynamoDB table that holds the SMS send limits");
		}
		return table.strip();
	}

	@Override
	public Optional<SendHistory> find(String key) {
		return SendLimitItems.history(get(key));
	}

	/**
	 * One {@code BatchGetItem} of both items, strongly consistent. Keys DynamoDB leaves
	 * unprocessed (throttling) are asked for again, up to {@value BackOff#TRIES} times.
	 */
	@Override
	public CountedHistory findCounted(String key, String counterKey) {
		return this.countedRead.read(key, counterKey);
	}

	@Override
	public boolean replace(String key, Optional<SendHistory> expected, SendHistory next) {
		try {
			this.dynamo.putItem(PutItemRequest.builder()
				.tableName(this.table)
				.item(SendLimitItems.historyItem(key, next))
				.conditionExpression(SendLimitItems.versionCondition(expected))
				.expressionAttributeValues(SendLimitItems.versionValues(expected))
				.build());
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	@Override
	public boolean increment(String key, long limit, Instant expiresAt) {
		return updateCounter(key, limit, expiresAt, true);
	}

	/**
	 * The same request as {@link #increment}, an {@code UpdateItem} under the same
	 * condition, that sets only the expiry it would set: a check that costs what a count
	 * costs (one write unit, one round trip) and adds nothing.
	 */
	@Override
	public boolean isBelow(String key, long limit, Instant expiresAt) {
		return updateCounter(key, limit, expiresAt, false);
	}

	private boolean updateCounter(String key, long limit, Instant expiresAt, boolean add) {
		try {
			this.dynamo.updateItem(UpdateItemRequest.builder()
				.tableName(this.table)
				.key(SendLimitItems.key(key))
				.updateExpression(SendLimitItems.counterUpdate(add, 0))
				.conditionExpression(SendLimitItems.BELOW_LIMIT)
				.expressionAttributeValues(SendLimitItems.counterValues(limit, expiresAt, add, 0))
				.build());
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	/**
	 * One {@code TransactWriteItems}: the history's compare-and-set put and the counter's
	 * conditional update (an increment, or the check that sets only its expiry; either
	 * adds the mark to the counter's marks), written both or neither. A transaction that
	 * collides with another one on the same item (the day's budget is shared by every
	 * sign-in) is cancelled with nothing written and tried again, up to
	 * {@value BackOff#TRIES} times.
	 */
	@Override
	public WriteOutcome replaceCounted(String key, Optional<SendHistory> expected, SendHistory next, Counter counter,
			boolean add) {
		return this.countedWrite.write(key, expected, next, counter, add, null);
	}

	/**
	 * Before a SnapStart snapshot: the send path's requests with a key no history ever
	 * has, the strongly consistent read of it and its counter for real (it finds
	 * nothing), the transaction marshalled and signed but answered by
	 * {@link PrimingHttpClient}, never sent. Needs a client on that HTTP client
	 * ({@link AwsClients}).
	 */
	void prime() {
		findCounted(PRIMING_KEY, PRIMING_KEY + "#counter");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.countedWrite.write(PRIMING_KEY, Optional.empty(), new SendHistory(1, List.of(now)),
				new Counter(PRIMING_KEY + "#counter", 1, now.plusSeconds(60), 1), true, PrimingHttpClient.marked());
	}

	@Override
	public long count(String key) {
		return SendLimitItems.count(get(key));
	}

	private Map<String, AttributeValue> get(String key) {
		return SendLimitItems.read(this.dynamo, this.table, key);
	}

}
