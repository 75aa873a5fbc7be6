package dev.passwordless.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A {@link SendLimitStore} in one process's memory, with the same compare-and-set
 * semantics as the shared stores: for a single web-app instance's own limits and for
 * tests. Memory is bounded: past {@value #PRUNE_ABOVE} keys, expired ones are dropped,
 * and if that leaves more than half, all are (a reset only ever lets a few more codes
 * through, which the Create trigger still limits). So a full scan happens at most once
 * per {@value #PRUNE_ABOVE}/2 new keys, never on every write.
 */
public final class InMemorySendLimitStore implements SendLimitStore {

	private static final int PRUNE_ABOVE = 100_000;

	/** A counter's row: its value, expiry and mark. */
	private record Tally(long value, Instant expiresAt, long mark) {
	}

	private final Map<String, SendHistory> histories = new ConcurrentHashMap<>();

	private final Map<String, Tally> counters = new ConcurrentHashMap<>();

	private final Clock clock;

	public InMemorySendLimitStore(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Optional<SendHistory> find(String key) {
		return Optional.ofNullable(this.histories.get(key));
	}

	@Override
	public boolean replace(String key, Optional<SendHistory> expected, SendHistory next) {
		bound(this.histories, SendHistory::expiresAt);
		AtomicBoolean written = new AtomicBoolean();
		this.histories.compute(key, (k, current) -> {
			boolean same = (current == null) ? expected.isEmpty()
					: expected.filter((read) -> read.version() == current.version()).isPresent();
			written.set(same);
			return same ? next : current;
		});
		return written.get();
	}

	@Override
	public boolean increment(String key, long limit, Instant expiresAt) {
		bound(this.counters, Tally::expiresAt);
		AtomicBoolean added = new AtomicBoolean();
		this.counters.compute(key, (k, current) -> {
			long value = (current != null) ? current.value() : 0;
			added.set(value < limit);
			return (value < limit) ? new Tally(value + 1, expiresAt, (current != null) ? current.mark() : 0) : current;
		});
		return added.get();
	}

	/** The history and the counter as they are now; marks are kept. */
	@Override
	public CountedHistory findCounted(String key, String counterKey) {
		Tally counter = this.counters.get(counterKey);
		return new CountedHistory(find(key), (counter != null) ? counter.value() : 0,
				(counter != null) ? counter.mark() : 0);
	}

	/**
	 * The two writes one after the other, as the interface's default, then the counter's
	 * mark raised when they were made.
	 */
	@Override
	public WriteOutcome replaceCounted(String key, Optional<SendHistory> expected, SendHistory next, Counter counter,
			boolean add) {
		WriteOutcome outcome = SendLimitStore.super.replaceCounted(key, expected, next, counter, add);
		if (outcome == WriteOutcome.WRITTEN && counter.mark() > 0) {
			this.counters.compute(counter.key(), (k, current) -> (current == null)
					? new Tally(0, counter.expiresAt(), counter.mark())
					: new Tally(current.value(), current.expiresAt(), Math.max(current.mark(), counter.mark())));
		}
		return outcome;
	}

	private <V> void bound(Map<String, V> rows, Function<V, Instant> expiresAt) {
		if (rows.size() <= PRUNE_ABOVE) {
			return;
		}
		Instant now = this.clock.instant();
		rows.values().removeIf((row) -> expiresAt.apply(row).isBefore(now));
		if (rows.size() > PRUNE_ABOVE / 2) {
			rows.clear();
		}
	}

	@Override
	public long count(String key) {
		Tally counter = this.counters.get(key);
		return (counter != null) ? counter.value() : 0;
	}

}
