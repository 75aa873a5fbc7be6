package dev.passwordless.triggers;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link SendLimitStore} in one process's memory, with the same compare-and-set
 * semantics as the shared stores: for a single web-app instance's own limits and for
 * tests. Expired rows are dropped when the map grows.
 */
public final class InMemorySendLimitStore implements SendLimitStore {

	private static final int PRUNE_ABOVE = 100_000;

	private record Counter(long value, Instant expiresAt) {
	}

	private final Map<String, SendHistory> histories = new ConcurrentHashMap<>();

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

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
		if (this.histories.size() > PRUNE_ABOVE) {
			Instant now = this.clock.instant();
			this.histories.values().removeIf((history) -> history.expiresAt().isBefore(now));
		}
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
		if (this.counters.size() > PRUNE_ABOVE) {
			Instant now = this.clock.instant();
			this.counters.values().removeIf((counter) -> counter.expiresAt().isBefore(now));
		}
		AtomicBoolean added = new AtomicBoolean();
		this.counters.compute(key, (k, current) -> {
			long value = (current != null) ? current.value() : 0;
			added.set(value < limit);
			return (value < limit) ? new Counter(value + 1, expiresAt) : current;
		});
		return added.get();
	}

	@Override
	public long count(String key) {
		Counter counter = this.counters.get(key);
		return (counter != null) ? counter.value() : 0;
	}

}
