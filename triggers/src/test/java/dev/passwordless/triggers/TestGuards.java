package dev.passwordless.triggers;

import java.time.Clock;

import dev.passwordless.rules.InMemorySendLimitStore;

/** Send guards over an in-memory store, for tests that are not about the limits. */
final class TestGuards {

	static final String KEY = "test-send-limit-key-of-at-least-32-chars";

	private TestGuards() {
	}

	static SendGuard inMemory(TriggerSettings settings, Clock clock) {
		return new SendGuard(settings, new InMemorySendLimitStore(clock), KEY, clock);
	}

}
