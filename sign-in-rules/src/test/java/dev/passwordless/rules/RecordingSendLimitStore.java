package dev.passwordless.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Passes every call to a store and notes which method it was, so tests can hold the store
 * work of different outcomes equal (on DynamoDB: {@code find} and {@code count} a
 * {@code GetItem}, {@code findCounted} a {@code BatchGetItem}, {@code replace} a
 * {@code PutItem}, {@code increment} and {@code isBelow} an {@code UpdateItem},
 * {@code replaceCounted} a {@code TransactWriteItems}).
 */
public final class RecordingSendLimitStore implements SendLimitStore {

	private final SendLimitStore store;

	private final List<String> calls = new ArrayList<>();

	/**
	 * @param store the store every call goes to
	 */
	public RecordingSendLimitStore(SendLimitStore store) {
		this.store = store;
	}

	/** The calls since the last time, oldest first, by method name. */
	public List<String> takeCalls() {
		List<String> taken = List.copyOf(this.calls);
		this.calls.clear();
		return taken;
	}

	@Override
	public Optional<SendHistory> find(String key) {
		this.calls.add("find");
		return this.store.find(key);
	}

	@Override
	public CountedHistory findCounted(String key, String counterKey) {
		this.calls.add("findCounted");
		return this.store.findCounted(key, counterKey);
	}

	@Override
	public boolean replace(String key, Optional<SendHistory> expected, SendHistory next) {
		this.calls.add("replace");
		return this.store.replace(key, expected, next);
	}

	@Override
	public boolean increment(String key, long limit, Instant expiresAt) {
		this.calls.add("increment");
		return this.store.increment(key, limit, expiresAt);
	}

	@Override
	public boolean isBelow(String key, long limit, Instant expiresAt) {
		this.calls.add("isBelow");
		return this.store.isBelow(key, limit, expiresAt);
	}

	@Override
	public WriteOutcome replaceCounted(String key, Optional<SendHistory> expected, SendHistory next, Counter counter,
			boolean add) {
		this.calls.add("replaceCounted");
		return this.store.replaceCounted(key, expected, next, counter, add);
	}

	@Override
	public long count(String key) {
		this.calls.add("count");
		return this.store.count(key);
	}

}
