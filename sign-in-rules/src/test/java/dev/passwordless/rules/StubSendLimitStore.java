package dev.passwordless.rules;

import java.time.Instant;
import java.util.Optional;

/**
 * A send-limits store with fixed answers, for what the real stores do not do on demand:
 * lose every write, fail, or (for the benchmark's baseline) allow everything at no cost.
 */
public final class StubSendLimitStore implements SendLimitStore {

	private final boolean writes;

	private final RuntimeException failure;

	private StubSendLimitStore(boolean writes, RuntimeException failure) {
		this.writes = writes;
		this.failure = failure;
	}

	/** Empty on every read, every write succeeds. */
	public static StubSendLimitStore allowingEverything() {
		return new StubSendLimitStore(true, null);
	}

	/** Empty on every read, every write loses to another writer. */
	public static StubSendLimitStore losingEveryWrite() {
		return new StubSendLimitStore(false, null);
	}

	/** Every call throws, as an unreachable table would. */
	public static StubSendLimitStore failing() {
		return new StubSendLimitStore(false, new IllegalStateException("table unreachable"));
	}

	@Override
	public Optional<SendHistory> find(String key) {
		throwIfFailing();
		return Optional.empty();
	}

	@Override
	public boolean replace(String key, Optional<SendHistory> expected, SendHistory next) {
		throwIfFailing();
		return this.writes;
	}

	@Override
	public boolean increment(String key, long limit, Instant expiresAt) {
		throwIfFailing();
		return this.writes;
	}

	@Override
	public long count(String key) {
		throwIfFailing();
		return 0;
	}

	private void throwIfFailing() {
		if (this.failure != null) {
			throw this.failure;
		}
	}

}
