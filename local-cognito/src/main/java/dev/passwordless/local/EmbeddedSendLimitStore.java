package dev.passwordless.local;

import java.time.Instant;
import java.util.Optional;

import dev.passwordless.rules.SendHistory;
import dev.passwordless.rules.SendLimitStore;

/**
 * The send limits in the local pool's own database, with the same compare-and-set
 * semantics as the DynamoDB table on AWS, so the offline default enforces exactly the
 * same limits.
 */
final class EmbeddedSendLimitStore implements SendLimitStore {

	private final UserStore store;

	EmbeddedSendLimitStore(UserStore store) {
		this.store = store;
	}

	@Override
	public Optional<SendHistory> find(String key) {
		return this.store.sendHistory(key);
	}

	@Override
	public boolean replace(String key, Optional<SendHistory> expected, SendHistory next) {
		return this.store.replaceSendHistory(key, expected, next);
	}

	@Override
	public boolean increment(String key, long limit, Instant expiresAt) {
		return this.store.incrementCounter(key, limit, expiresAt);
	}

	@Override
	public long count(String key) {
		return this.store.counter(key);
	}

}
