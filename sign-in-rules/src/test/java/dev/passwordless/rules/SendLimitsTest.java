package dev.passwordless.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SendLimitsTest {

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	private final InMemorySendLimitStore store = new InMemorySendLimitStore(this.clock);

	private final SendLimits limits = new SendLimits(this.store, Duration.ofSeconds(30), 5, this.clock);

	@Test
	void tryAcquireWhenNothingWasSentThenAllowsAndRecords() {
		assertThat(this.limits.tryAcquire("n#a")).isEmpty();
		assertThat(this.store.find("n#a")).get()
			.satisfies((history) -> assertThat(history.sentAt()).containsExactly(this.clock.instant()));
	}

	@Test
	void tryAcquireWithinTheCooldownThenRefusesWithTheTimeLeft() {
		this.limits.tryAcquire("n#a");
		this.clock.advance(Duration.ofSeconds(12));
		assertThat(this.limits.tryAcquire("n#a")).contains(Duration.ofSeconds(18));
		this.clock.advance(Duration.ofSeconds(18));
		assertThat(this.limits.tryAcquire("n#a")).isEmpty();
	}

	@Test
	void tryAcquireWhenTheHourlyCapIsReachedThenRefusesUntilTheOldestSendLeavesTheHour() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.limits.tryAcquire("n#a")).isEmpty();
			this.clock.advance(Duration.ofMinutes(1));
		}
		// sends at 0, 1, 2, 3, 4 minutes; now 5 minutes: the one at 0 leaves at 60
		assertThat(this.limits.tryAcquire("n#a")).contains(Duration.ofMinutes(55));
		this.clock.advance(Duration.ofMinutes(55).minusSeconds(1));
		assertThat(this.limits.tryAcquire("n#a")).contains(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.limits.tryAcquire("n#a")).isEmpty();
		assertThat(this.limits.tryAcquire("n#a")).isPresent();
	}

	@Test
	void tryAcquireForOneNumberLeavesOtherNumbersAlone() {
		this.limits.tryAcquire("n#a");
		assertThat(this.limits.tryAcquire("n#b")).isEmpty();
	}

	@Test
	void tryAcquireAtEqualCostWhenRefusedThenReadsAndWritesOnceLikeAnAllowedSend() {
		RecordingStore recording = new RecordingStore(this.store);
		SendLimits limits = new SendLimits(recording, Duration.ofSeconds(30), 5, this.clock);
		assertThat(limits.tryAcquireAtEqualCost("n#a")).isEmpty();
		List<String> allowed = recording.takeCalls();
		this.clock.advance(Duration.ofSeconds(12));
		assertThat(limits.tryAcquireAtEqualCost("n#a")).contains(Duration.ofSeconds(18));
		assertThat(recording.takeCalls()).isEqualTo(allowed).containsExactly("find", "replace");
	}

	@Test
	void tryAcquireAtEqualCostWhenRefusedThenKeepsTheHistoryAndItsExpiry() {
		this.limits.tryAcquireAtEqualCost("n#a");
		SendHistory first = this.store.find("n#a").orElseThrow();
		this.clock.advance(Duration.ofSeconds(12));
		this.limits.tryAcquireAtEqualCost("n#a");
		assertThat(this.store.find("n#a")).get().satisfies((history) -> {
			assertThat(history.sentAt()).isEqualTo(first.sentAt());
			assertThat(history.expiresAt()).isEqualTo(first.expiresAt());
			assertThat(history.version()).isEqualTo(first.version() + 1);
		});
		this.clock.advance(Duration.ofSeconds(18));
		assertThat(this.limits.tryAcquireAtEqualCost("n#a")).isEmpty();
	}

	@Test
	void tryAcquireWhenRefusedThenOnlyReads() {
		RecordingStore recording = new RecordingStore(this.store);
		SendLimits limits = new SendLimits(recording, Duration.ofSeconds(30), 5, this.clock);
		limits.tryAcquire("n#a");
		recording.takeCalls();
		assertThat(limits.tryAcquire("n#a")).isPresent();
		assertThat(recording.takeCalls()).containsExactly("find");
	}

	@Test
	void tryAcquireWhenEveryWriteLosesThenRefusesInsteadOfLooping() {
		assertThat(new SendLimits(StubSendLimitStore.losingEveryWrite(), Duration.ofSeconds(30), 5, this.clock)
			.tryAcquire("n#a")).contains(Duration.ofSeconds(30));
	}

	@Test
	void tryAcquireAtEqualCostCountedWhenAllowedOrRefusedThenReadsOnceAndWritesBothOnce() {
		RecordingStore recording = new RecordingStore(this.store);
		SendLimits limits = new SendLimits(recording, Duration.ofSeconds(30), 5, this.clock);
		Counter budget = new Counter("budget#1", 10, this.clock.instant().plus(Duration.ofDays(2)));
		assertThat(limits.tryAcquireAtEqualCost("n#a", budget, true).isAllowed()).isTrue();
		List<String> allowed = recording.takeCalls();
		this.clock.advance(Duration.ofSeconds(12));
		assertThat(limits.tryAcquireAtEqualCost("n#a", budget, true))
			.isEqualTo(new SendLimits.Verdict(Optional.of(Duration.ofSeconds(18)), false));
		List<String> refused = recording.takeCalls();
		assertThat(limits.tryAcquireAtEqualCost("n#b", budget, false).isAllowed()).isTrue();
		assertThat(List.of(allowed, refused, recording.takeCalls())).containsOnly(List.of("find", "replaceCounted"));
		assertThat(this.store.count("budget#1")).isEqualTo(1);
	}

	@Test
	void tryAcquireAtEqualCostCountedWhenTheCounterIsAtItsLimitThenSaysSoWhetherAllowedOrRefused() {
		Counter budget = new Counter("budget#1", 1, this.clock.instant().plus(Duration.ofDays(2)));
		assertThat(this.limits.tryAcquireAtEqualCost("n#a", budget, true).isAllowed()).isTrue();
		SendLimits.Verdict allowedButUsedUp = this.limits.tryAcquireAtEqualCost("n#b", budget, true);
		assertThat(allowedButUsedUp.retryAfter()).isEmpty();
		assertThat(allowedButUsedUp.counterAtLimit()).isTrue();
		assertThat(allowedButUsedUp.isAllowed()).isFalse();
		SendLimits.Verdict refusedAndUsedUp = this.limits.tryAcquireAtEqualCost("n#a", budget, true);
		assertThat(refusedAndUsedUp.retryAfter()).isPresent();
		assertThat(refusedAndUsedUp.counterAtLimit()).isTrue();
		assertThat(this.store.count("budget#1")).isEqualTo(1);
	}

	@Test
	void tryAcquireAtEqualCostCountedWhenEveryWriteLosesThenRefusesAndChecksTheCounterAlone() {
		Counter budget = new Counter("budget#1", 10, this.clock.instant().plus(Duration.ofDays(2)));
		assertThat(new SendLimits(StubSendLimitStore.losingEveryWrite(), Duration.ofSeconds(30), 5, this.clock)
			.tryAcquireAtEqualCost("n#a", budget, true))
			.isEqualTo(new SendLimits.Verdict(Optional.of(Duration.ofSeconds(30)), false));
	}

	/** Passes every call to a store and notes which it was. */
	private static final class RecordingStore implements SendLimitStore {

		private final SendLimitStore store;

		private final List<String> calls = new ArrayList<>();

		RecordingStore(SendLimitStore store) {
			this.store = store;
		}

		List<String> takeCalls() {
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
		public WriteOutcome replaceCounted(String key, Optional<SendHistory> expected, SendHistory next,
				Counter counter, boolean add) {
			this.calls.add("replaceCounted");
			return this.store.replaceCounted(key, expected, next, counter, add);
		}

		@Override
		public long count(String key) {
			this.calls.add("count");
			return this.store.count(key);
		}

	}

}
