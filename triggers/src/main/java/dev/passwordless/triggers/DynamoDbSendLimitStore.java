package dev.passwordless.triggers;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.passwordless.rules.SendHistory;
import dev.passwordless.rules.SendLimitStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The send limits in a DynamoDB table with a string partition key {@code pk} and TTL on
 * {@code expiresAt} (epoch seconds); send times are epoch milliseconds. Reads are
 * strongly consistent; a history is written only if its version is still the one read, a
 * counter grows only below its limit (conditional writes), so concurrent Lambda instances
 * never both win.
 */
public final class DynamoDbSendLimitStore implements SendLimitStore {

	/** The table's partition key, a string. */
	public static final String KEY = "pk";

	/** The table's TTL attribute, epoch seconds. */
	public static final String TTL = "expiresAt";

	private static final String VERSION = "v";

	private static final String SENT = "sent";

	private static final String COUNT = "n";

	private final DynamoDbClient dynamo;

	private final String table;

	DynamoDbSendLimitStore(DynamoDbClient dynamo, String table) {
		this.dynamo = dynamo;
		this.table = table;
	}

	/**
	 * The store a deployed Create trigger uses.
	 * @param environment the function's environment
	 * @return the store on the table named by
	 * {@link TriggerEnvironment#SEND_LIMITS_TABLE}
	 * @throws IllegalArgumentException when no table is named
	 */
	static DynamoDbSendLimitStore from(Map<String, String> environment) {
		String table = environment.get(TriggerEnvironment.SEND_LIMITS_TABLE);
		if (table == null || table.isBlank()) {
			throw new IllegalArgumentException(TriggerEnvironment.SEND_LIMITS_TABLE
					+ " must name the DynamoDB table that holds the SMS send limits");
		}
		return new DynamoDbSendLimitStore(Dependencies.dynamoDb(environment), table.strip());
	}

	@Override
	public Optional<SendHistory> find(String key) {
		Map<String, AttributeValue> item = get(key);
		if (!item.containsKey(VERSION)) {
			return Optional.empty();
		}
		List<Instant> sent = item.getOrDefault(SENT, AttributeValue.fromL(List.of()))
			.l()
			.stream()
			.map((value) -> Instant.ofEpochMilli(Long.parseLong(value.n())))
			.toList();
		return Optional.of(new SendHistory(Long.parseLong(item.get(VERSION).n()), sent));
	}

	@Override
	public boolean replace(String key, Optional<SendHistory> expected, SendHistory next) {
		Map<String, AttributeValue> item = Map.of(KEY, AttributeValue.fromS(key), VERSION, number(next.version()), SENT,
				AttributeValue.fromL(next.sentAt().stream().map((sent) -> number(sent.toEpochMilli())).toList()), TTL,
				number(next.expiresAt().getEpochSecond()));
		try {
			this.dynamo.putItem((put) -> {
				put.tableName(this.table).item(item);
				if (expected.isEmpty()) {
					put.conditionExpression("attribute_not_exists(" + KEY + ")");
				}
				else {
					put.conditionExpression(VERSION + " = :read")
						.expressionAttributeValues(Map.of(":read", number(expected.get().version())));
				}
			});
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	@Override
	public boolean increment(String key, long limit, Instant expiresAt) {
		try {
			this.dynamo.updateItem((update) -> update.tableName(this.table)
				.key(Map.of(KEY, AttributeValue.fromS(key)))
				.updateExpression("ADD " + COUNT + " :one SET " + TTL + " = :ttl")
				.conditionExpression("attribute_not_exists(" + COUNT + ") OR " + COUNT + " < :limit")
				.expressionAttributeValues(Map.of(":one", number(1), ":ttl", number(expiresAt.getEpochSecond()),
						":limit", number(limit))));
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	/**
	 * The same request as {@link #increment}, an {@code UpdateItem} under the same
	 * condition, that sets only the expiry it would set: a check that costs what a count
	 * costs (one write unit, one round trip) and adds nothing.
	 */
	@Override
	public boolean isBelow(String key, long limit, Instant expiresAt) {
		try {
			this.dynamo.updateItem((update) -> update.tableName(this.table)
				.key(Map.of(KEY, AttributeValue.fromS(key)))
				.updateExpression("SET " + TTL + " = :ttl")
				.conditionExpression("attribute_not_exists(" + COUNT + ") OR " + COUNT + " < :limit")
				.expressionAttributeValues(
						Map.of(":ttl", number(expiresAt.getEpochSecond()), ":limit", number(limit))));
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	@Override
	public long count(String key) {
		AttributeValue count = get(key).get(COUNT);
		return (count != null) ? Long.parseLong(count.n()) : 0;
	}

	private Map<String, AttributeValue> get(String key) {
		return this.dynamo
			.getItem(
					(get) -> get.tableName(this.table).key(Map.of(KEY, AttributeValue.fromS(key))).consistentRead(true))
			.item();
	}

	private static AttributeValue number(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

}
