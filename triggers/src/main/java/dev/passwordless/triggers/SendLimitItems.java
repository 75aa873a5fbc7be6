package dev.passwordless.triggers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.passwordless.rules.SendHistory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * The items of the send-limits table ({@link DynamoDbSendLimitStore}) and the conditions
 * written with them: a history is a version and its send times (epoch milliseconds); a
 * counter is a count and its marks (the alarms reported), a number set that only grows;
 * both carry the TTL {@value DynamoDbSendLimitStore#TTL} in epoch seconds.
 */
final class SendLimitItems {

	private static final String VERSION = "v";

	private static final String SENT = "sent";

	private static final String COUNT = "n";

	private static final String MARKS = "m";

	/** The condition of a counter's update: it grows only below its limit. */
	static final String BELOW_LIMIT = "attribute_not_exists(" + COUNT + ") OR " + COUNT + " < :limit";

	private SendLimitItems() {
	}

	/** The key of the item under {@code key}. */
	static Map<String, AttributeValue> key(String key) {
		return Map.of(DynamoDbSendLimitStore.KEY, AttributeValue.fromS(key));
	}

	/** The history an item holds, empty when it holds none. */
	static Optional<SendHistory> history(Map<String, AttributeValue> item) {
		if (!item.containsKey(VERSION)) {
			return Optional.empty();
		}
		List<Instant> sent = new ArrayList<>();
		for (AttributeValue millis : item.getOrDefault(SENT, AttributeValue.fromL(List.of())).l()) {
			sent.add(Instant.ofEpochMilli(Long.parseLong(millis.n())));
		}
		return Optional.of(new SendHistory(Long.parseLong(item.get(VERSION).n()), sent));
	}

	static Map<String, AttributeValue> historyItem(String key, SendHistory history) {
		List<AttributeValue> sent = new ArrayList<>();
		for (Instant instant : history.sentAt()) {
			sent.add(number(instant.toEpochMilli()));
		}
		return Map.of(DynamoDbSendLimitStore.KEY, AttributeValue.fromS(key), VERSION, number(history.version()), SENT,
				AttributeValue.fromL(sent), DynamoDbSendLimitStore.TTL, number(history.expiresAt().getEpochSecond()));
	}

	/** The condition of a history's put: still the version read, or still absent. */
	static String versionCondition(Optional<SendHistory> expected) {
		return expected.isEmpty() ? "attribute_not_exists(" + DynamoDbSendLimitStore.KEY + ")" : VERSION + " = :read";
	}

	/** The condition's value; null (none sent) when the key must be absent. */
	static Map<String, AttributeValue> versionValues(Optional<SendHistory> expected) {
		return expected.isEmpty() ? null : Map.of(":read", number(expected.get().version()));
	}

	/** A counter item's count, 0 when it has none. */
	static long count(Map<String, AttributeValue> counter) {
		AttributeValue count = counter.get(COUNT);
		return (count != null) ? Long.parseLong(count.n()) : 0;
	}

	/** The highest of a counter's marks, 0 when it has none. */
	static long mark(Map<String, AttributeValue> counter) {
		AttributeValue marks = counter.get(MARKS);
		long highest = 0;
		if (marks != null && marks.hasNs()) {
			for (String mark : marks.ns()) {
				highest = Math.max(highest, Long.parseLong(mark));
			}
		}
		return highest;
	}

	/**
	 * Adds one (or not), adds the mark to the marks (when there is one), sets the TTL.
	 */
	static String counterUpdate(boolean add, long mark) {
		String adds = add ? COUNT + " :one" : "";
		if (mark > 0) {
			adds = (adds.isEmpty() ? "" : adds + ", ") + MARKS + " :mark";
		}
		return (adds.isEmpty() ? "" : "ADD " + adds + " ") + "SET " + DynamoDbSendLimitStore.TTL + " = :ttl";
	}

	static Map<String, AttributeValue> counterValues(long limit, Instant expiresAt, boolean add, long mark) {
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

	/** A number attribute. */
	static AttributeValue number(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

	/**
	 * The item under {@code key}, read strongly consistent (empty when there is none).
	 */
	static Map<String, AttributeValue> read(DynamoDbClient dynamo, String table, String key) {
		return dynamo.getItem(GetItemRequest.builder().tableName(table).key(key(key)).consistentRead(true).build())
			.item();
	}

}
