package dev.passwordless.triggers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import dev.passwordless.rules.Counter;
import dev.passwordless.rules.SendHistory;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.snapstart.PrimingHttpClient;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The send limits in a DynamoDB table with a string partition key {@code pk} and TTL on
 * {@code expiresAt} (epoch seconds); send times are epoch milliseconds. Reads are
 * strongly consistent; a history is written only if its version is still the one read, a
 * counter grows only below its limit (conditional writes), so concurrent Lambda instances
 * never both win. A history and the day's budget are read in one {@code BatchGetItem}
 * ({@link #findCounted}) and written in one {@code TransactWriteItems}
 * ({@link #replaceCounted}), so a send costs one read and one write request. A counter's
 * marks (the alarms reported) are a number set on its item, which only grows.
 */
public final class DynamoDbSendLimitStore implements SendLimitStore {

	/** The table's partition key, a string. */
	public static final String KEY = "pk";

	/** The table's TTL attribute, epoch seconds. */
	public static final String TTL = "expiresAt";

	private static final String VERSION = "v";

	private static final String SENT = "sent";

	private static final String COUNT = "n";

	private static final String MARKS = "m";

	/**
	 * A key no history has: real keys are {@code n#} or {@code budget#} and a hash or a
	 * date.
	 */
	private static final String PRIMING_KEY = "priming#never-written";

	private static final String BELOW_LIMIT = "attribute_not_exists(" + COUNT + ") OR " + COUNT + " < :limit";

	private static final String CONDITION_FAILED = "ConditionalCheckFailed";

	private static final String CONFLICT = "TransactionConflict";

	private static final int CONFLICT_TRIES = 4;

	private final DynamoDbClient dynamo;

	private final String table;

	DynamoDbSendLimitStore(DynamoDbClient dynamo, String table) {
		this.dynamo = dynamo;
		this.table = table;
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
		return history(get(key));
	}

	private static Optional<SendHistory> history(Map<String, AttributeValue> item) {
		if (!item.containsKey(VERSION)) {
			return Optional.empty();
		}
		List<Instant> sent = new ArrayList<>();
		for (AttributeValue millis : item.getOrDefault(SENT, AttributeValue.fromL(List.of())).l()) {
			sent.add(Instant.ofEpochMilli(Long.parseLong(millis.n())));
		}
		return Optional.of(new SendHistory(Long.parseLong(item.get(VERSION).n()), sent));
	}

	/**
	 * One {@code BatchGetItem} of both items, strongly consistent. Keys DynamoDB leaves
	 * unprocessed (throttling) are asked for again, up to {@value #CONFLICT_TRIES} times.
	 */
	@Override
	public CountedHistory findCounted(String key, String counterKey) {
		Map<String, KeysAndAttributes> wanted = Map.of(this.table, KeysAndAttributes.builder()
			.keys(List.of(Map.of(KEY, AttributeValue.fromS(key)), Map.of(KEY, AttributeValue.fromS(counterKey))))
			.consistentRead(true)
			.build());
		Map<String, Map<String, AttributeValue>> items = new HashMap<>();
		for (int tried = 1; !wanted.isEmpty(); tried++) {
			if (tried > CONFLICT_TRIES) {
				throw new IllegalStateException("send limits: keys left unprocessed");
			}
			if (tried > 1) {
				backOff(tried - 1);
			}
			BatchGetItemResponse response = this.dynamo
				.batchGetItem(BatchGetItemRequest.builder().requestItems(wanted).build());
			for (Map<String, AttributeValue> item : response.responses().getOrDefault(this.table, List.of())) {
				items.put(item.get(KEY).s(), item);
			}
			wanted = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
		}
		Map<String, AttributeValue> counter = items.getOrDefault(counterKey, Map.of());
		return new CountedHistory(history(items.getOrDefault(key, Map.of())), count(counter), mark(counter));
	}

	@Override
	public boolean replace(String key, Optional<SendHistory> expected, SendHistory next) {
		try {
			this.dynamo.putItem(PutItemRequest.builder()
				.tableName(this.table)
				.item(historyItem(key, next))
				.conditionExpression(versionCondition(expected))
				.expressionAttributeValues(versionValues(expected))
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
				.key(Map.of(KEY, AttributeValue.fromS(key)))
				.updateExpression(counterUpdate(add, 0))
				.conditionExpression(BELOW_LIMIT)
				.expressionAttributeValues(counterValues(limit, expiresAt, add, 0))
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
	 * {@value #CONFLICT_TRIES} times.
	 */
	@Override
	public WriteOutcome replaceCounted(String key, Optional<SendHistory> expected, SendHistory next, Counter counter,
			boolean add) {
		return replaceCounted(key, expected, next, counter, add, null);
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
		replaceCounted(PRIMING_KEY, Optional.empty(), new SendHistory(1, List.of(now)),
				new Counter(PRIMING_KEY + "#counter", 1, now.plusSeconds(60), 1), true, PrimingHttpClient.marked());
	}

	private WriteOutcome replaceCounted(String key, Optional<SendHistory> expected, SendHistory next, Counter counter,
			boolean add, AwsRequestOverrideConfiguration override) {
		TransactWriteItem history = TransactWriteItem.builder()
			.put(Put.builder()
				.tableName(this.table)
				.item(historyItem(key, next))
				.conditionExpression(versionCondition(expected))
				.expressionAttributeValues(versionValues(expected))
				.build())
			.build();
		TransactWriteItem count = TransactWriteItem.builder()
			.update(Update.builder()
				.tableName(this.table)
				.key(Map.of(KEY, AttributeValue.fromS(counter.key())))
				.updateExpression(counterUpdate(add, counter.mark()))
				.conditionExpression(BELOW_LIMIT)
				.expressionAttributeValues(counterValues(counter.limit(), counter.expiresAt(), add, counter.mark()))
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
				if (!reasons.contains(CONFLICT) || tried == CONFLICT_TRIES) {
					throw ex;
				}
				backOff(tried);
			}
		}
	}

	@Override
	public long count(String key) {
		return count(get(key));
	}

	private static long count(Map<String, AttributeValue> counter) {
		AttributeValue count = counter.get(COUNT);
		return (count != null) ? Long.parseLong(count.n()) : 0;
	}

	/** The highest of a counter's marks, 0 when it has none. */
	private static long mark(Map<String, AttributeValue> counter) {
		AttributeValue marks = counter.get(MARKS);
		long highest = 0;
		if (marks != null && marks.hasNs()) {
			for (String mark : marks.ns()) {
				highest = Math.max(highest, Long.parseLong(mark));
			}
		}
		return highest;
	}

	private Map<String, AttributeValue> get(String key) {
		return this.dynamo
			.getItem(GetItemRequest.builder()
				.tableName(this.table)
				.key(Map.of(KEY, AttributeValue.fromS(key)))
				.consistentRead(true)
				.build())
			.item();
	}

	private static Map<String, AttributeValue> historyItem(String key, SendHistory history) {
		List<AttributeValue> sent = new ArrayList<>();
		for (Instant instant : history.sentAt()) {
			sent.add(number(instant.toEpochMilli()));
		}
		return Map.of(KEY, AttributeValue.fromS(key), VERSION, number(history.version()), SENT,
				AttributeValue.fromL(sent), TTL, number(history.expiresAt().getEpochSecond()));
	}

	private static String versionCondition(Optional<SendHistory> expected) {
		return expected.isEmpty() ? "attribute_not_exists(" + KEY + ")" : VERSION + " = :read";
	}

	/** The condition's value; null (none sent) when the key must be absent. */
	private static Map<String, AttributeValue> versionValues(Optional<SendHistory> expected) {
		return expected.isEmpty() ? null : Map.of(":read", number(expected.get().version()));
	}

	/**
	 * Adds one (or not), adds the mark to the marks (when there is one), sets the TTL.
	 */
	private static String counterUpdate(boolean add, long mark) {
		String adds = add ? COUNT + " :one" : "";
		if (mark > 0) {
			adds = (adds.isEmpty() ? "" : adds + ", ") + MARKS + " :mark";
		}
		return (adds.isEmpty() ? "" : "ADD " + adds + " ") + "SET " + TTL + " = :ttl";
	}

	private static Map<String, AttributeValue> counterValues(long limit, Instant expiresAt, boolean add, long mark) {
		Map<String, AttributeValue> values = new HashMap<>();
		values.put(":ttl", number(expiresAt.getEpochSecond()));
		values.put(":limit", number(limit));
		if (add) {
			values.put(":one", number(1));
		}
		if (mark > 0) {
			values.put(":mark", AttributeValue.fromNs(List.of(Long.toString(mark))));
		}
		return values;
	}

	/**
	 * A few milliseconds, growing and jittered, before a collided transaction is tried
	 * again.
	 */
	private static void backOff(int tried) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << tried));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private static AttributeValue number(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

}
