package dev.passwordless.triggers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.passwordless.triggers.challenge.IssuedStep;
import dev.passwordless.triggers.challenge.IssuedStepStore;
import dev.passwordless.triggers.snapstart.PrimingHttpClient;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The steps Cognito may retry, in the send-limits table beside the histories
 * ({@link DynamoDbSendLimitStore}): an item per step keyed {@code s#} and a keyed hash,
 * with its version, the stored challenge (absent when a retry gets nothing again), the
 * times it was handed out (epoch milliseconds) and a TTL a window after the last. One
 * strongly consistent {@code GetItem} and one conditional {@code PutItem} per Create.
 */
final class DynamoDbIssuedStepStore implements IssuedStepStore {

	private static final String VERSION = "v";

	private static final String CHALLENGE = "challenge";

	private static final String ISSUED = "issued";

	/** A key no step has: real keys are {@code s#} and a hash. */
	private static final String PRIMING_KEY = "priming#step-never-written";

	private final DynamoDbClient dynamo;

	private final String table;

	DynamoDbIssuedStepStore(DynamoDbClient dynamo, String table) {
		this.dynamo = dynamo;
		this.table = table;
	}

	@Override
	public Optional<IssuedStep> find(String key) {
		Map<String, AttributeValue> item = SendLimitItems.read(this.dynamo, this.table, key);
		if (!item.containsKey(VERSION)) {
			return Optional.empty();
		}
		List<Instant> issued = new ArrayList<>();
		for (AttributeValue millis : item.getOrDefault(ISSUED, AttributeValue.fromL(List.of())).l()) {
			issued.add(Instant.ofEpochMilli(Long.parseLong(millis.n())));
		}
		if (issued.isEmpty()) {
			return Optional.empty();
		}
		AttributeValue challenge = item.get(CHALLENGE);
		return Optional.of(new IssuedStep(Long.parseLong(item.get(VERSION).n()),
				(challenge != null) ? challenge.s() : null, issued));
	}

	@Override
	public boolean replace(String key, Optional<IssuedStep> expected, IssuedStep next) {
		return replace(key, expected, next, null);
	}

	/**
	 * Before a SnapStart snapshot: the step's read for real (it finds nothing) and its
	 * write marshalled and signed but answered by {@link PrimingHttpClient}, never sent.
	 */
	void prime() {
		find(PRIMING_KEY);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		replace(PRIMING_KEY, Optional.empty(), new IssuedStep(1, null, List.of(now)), PrimingHttpClient.marked());
	}

	private boolean replace(String key, Optional<IssuedStep> expected, IssuedStep next,
			AwsRequestOverrideConfiguration override) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(DynamoDbSendLimitStore.KEY, AttributeValue.fromS(key));
		item.put(VERSION, SendLimitItems.number(next.version()));
		if (next.challenge() != null) {
			item.put(CHALLENGE, AttributeValue.fromS(next.challenge()));
		}
		List<AttributeValue> issued = new ArrayList<>();
		for (Instant instant : next.issuedAt()) {
			issued.add(SendLimitItems.number(instant.toEpochMilli()));
		}
		item.put(ISSUED, AttributeValue.fromL(issued));
		item.put(DynamoDbSendLimitStore.TTL, SendLimitItems.number(next.expiresAt().getEpochSecond()));
		try {
			this.dynamo.putItem(PutItemRequest.builder()
				.tableName(this.table)
				.item(item)
				.conditionExpression(expected.isEmpty() ? "attribute_not_exists(" + DynamoDbSendLimitStore.KEY + ")"
						: VERSION + " = :read")
				.expressionAttributeValues(
						expected.isEmpty() ? null : Map.of(":read", SendLimitItems.number(expected.get().version())))
				.overrideConfiguration(override)
				.build());
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

}
