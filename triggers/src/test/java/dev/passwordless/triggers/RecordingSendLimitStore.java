package dev.passwordless.triggers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.passwordless.rules.Counter;
import dev.passwordless.rules.SendHistory;
import dev.passwordless.rules.SendLimitStore;

/**
 * Passes every call to a store and notes the DynamoDB request it is on AWS
 * ({@link DynamoDbSendLimitStore}): a read is a {@code GetItem}, a compare-and-set write
 * a {@code PutItem}, a counter's increment or check an {@code UpdateItem}, a history
 * written with a counter a {@code TransactWriteItems}.
 */
final class RecordingSendLimitStore implements SendLimitStore {

	private final SendLimitStore store;

	private final List<String> requests = new ArrayList<>();

	RecordingSendLimitStore(SendLimitStore store) {
		this.store = store;
	}

	/** The requests since the last call, oldest first. */
	List<String> takeRequests() {
		List<String> taken = List.copyOf(this.requests);
		this.requests.clear();
		return taken;
	}

	@Override
	public Optional<SendHistory> find(String key) {
		this.requests.add("GetItem");
		return this.store.find(key);
	}

	@Override
	public boolean replace(String key, Optional<SendHistory> expected, SendHistory next) {
		this.requests.add("PutItem");
		return this.store.replace(key, expected, next);
	}

	@Override
	public boolean increment(String key, long limit, Instant expiresAt) {
		this.requests.add("UpdateItem");
		return this.store.increment(key, limit, expiresAt);
	}

	@Override
	public boolean isBelow(String key, long limit, Instant expiresAt) {
		this.requests.add("UpdateItem");
		return this.store.isBelow(key, limit, expiresAt);
	}

	@Override
	public WriteOutcome replaceCounted(String key, Optional<SendHistory> expected, SendHistory next, Counter counter,
			boolean add) {
		this.requests.add("TransactWriteItems");
		return this.store.replaceCounted(key, expected, next, counter, add);
	}

	@Override
	public long count(String key) {
		this.requests.add("GetItem");
		return this.store.count(key);
	}

}
