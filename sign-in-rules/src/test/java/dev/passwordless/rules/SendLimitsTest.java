package dev.passwordless.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SendLimitsTest {

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	private final InMemorySendLimitStore store = new InMemorySendLimitStore(this.clock);

	private final SendLimits limits = new SendLimits(this.store, Duration.ofSeconds(30), 5, this.clock);

	private final Counter budget = new Counter("budget#1", 10, this.clock.instant().plus(Duration.ofDays(2)));

	@Test
	void tryAcquireWhenNothingWasSentThenAllowsAndRecords() {
		assertThat(this.limits.tryAcquire("n#a")).isEmpty();
		assertThat(this.store.find("n#a")).get()
			.satisfies((history) -> assertThat(history.sentAt()).containsExactly(this.clock.instant()));
	}

	@Test
	void tryAcquireWhenWithinTheCooldownThenRefusesWithTheTimeLeft() {
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
	void tryAcquireWhenAnotherNumberWasJustSentToThenAllows() {
		this.limits.tryAcquire("n#a");
		assertThat(this.limits.tryAcquire("n#b")).isEmpty();
	}

	@Test
	void tryAcquireAtEqualCostWhenRefusedThenKeepsTheHistoryAndItsExpiry() {
		this.limits.tryAcquireAtEqualCost("n#a", this.budget, true);
		SendHistory first = this.store.find("n#a").orElseThrow();
		this.clock.advance(Duration.ofSeconds(12));
		this.limits.tryAcquireAtEqualCost("n#a", this.budget, true);
		assertThat(this.store.find("n#a")).get().satisfies((history) -> {
			assertThat(history.sentAt()).isEqualTo(first.sentAt());
			assertThat(history.expiresAt()).isEqualTo(first.expiresAt());
			assertThat(history.version()).isEqualTo(first.version() + 1);
		});
		this.clock.advance(Duration.ofSeconds(18));
		assertThat(this.limits.tryAcquireAtEqualCost("n#a", this.budget, true).isAllowed()).isTrue();
	}

	@Test
	void tryAcquireWhenRefusedThenOnlyReads() {
		RecordingSendLimitStore recording = new RecordingSendLimitStore(this.store);
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
	void tryAcquireAtEqualCostWhenAllowedOrRefusedThenReadsOnceAndWritesBothOnce() {
		RecordingSendLimitStore recording = new RecordingSendLimitStore(this.store);
		SendLimits limits = new SendLimits(recording, Duration.ofSeconds(30), 5, this.clock);
		assertThat(limits.tryAcquireAtEqualCost("n#a", this.budget, true).isAllowed()).isTrue();
		List<String> allowed = recording.takeCalls();
		this.clock.advance(Duration.ofSeconds(12));
		assertThat(limits.tryAcquireAtEqualCost("n#a", this.budget, true))
			.isEqualTo(new SendVerdict(Optional.of(Duration.ofSeconds(18)), false));
		List<String> refused = recording.takeCalls();
		assertThat(limits.tryAcquireAtEqualCost("n#b", this.budget, false).isAllowed()).isTrue();
		assertThat(List.of(allowed, refused, recording.takeCalls())).containsOnly(List.of("find", "replaceCounted"));
		assertThat(this.store.count("budget#1")).isEqualTo(1);
	}

	@Test
	void tryAcquireAtEqualCostWhenTheCounterIsAtItsLimitThenSaysSoWhetherAllowedOrRefused() {
		Counter budget = new Counter("budget#1", 1, this.clock.instant().plus(Duration.ofDays(2)));
		assertThat(this.limits.tryAcquireAtEqualCost("n#a", budget, true).isAllowed()).isTrue();
		SendVerdict allowedButUsedUp = this.limits.tryAcquireAtEqualCost("n#b", budget, true);
		assertThat(allowedButUsedUp.retryAfter()).isEmpty();
		assertThat(allowedButUsedUp.counterAtLimit()).isTrue();
		assertThat(allowedButUsedUp.isAllowed()).isFalse();
		SendVerdict refusedAndUsedUp = this.limits.tryAcquireAtEqualCost("n#a", budget, true);
		assertThat(refusedAndUsedUp.retryAfter()).isPresent();
		assertThat(refusedAndUsedUp.counterAtLimit()).isTrue();
		assertThat(this.store.count("budget#1")).isEqualTo(1);
	}

	@Test
	void tryAcquireAtEqualCostWhenEveryWriteLosesThenRefusesAndChecksTheCounterAlone() {
		assertThat(new SendLimits(StubSendLimitStore.losingEveryWrite(), Duration.ofSeconds(30), 5, this.clock)
			.tryAcquireAtEqualCost("n#a", this.budget, true))
			.isEqualTo(new SendVerdict(Optional.of(Duration.ofSeconds(30)), false));
	}

	@Test
	void tryAcquireAtEqualCostWhenTheUnreservedPartIsUsedUpThenAFirstTimeNumberIsRefusedAndOnlyItsAttemptIsRecorded() {
		Budget budget = new Budget(this.budget, 4, List.of());
		for (int i = 0; i < 6; i++) {
			assertThat(this.limits.tryAcquireAtEqualCost("n#" + i, budget, Spend.UNRESERVED).isAllowed()).isTrue();
		}
		SendVerdict refused = this.limits.tryAcquireAtEqualCost("n#new", budget, Spend.UNRESERVED);
		assertThat(refused).isEqualTo(new SendVerdict(Optional.empty(), false, true, List.of()));
		assertThat(refused.isAllowed()).isFalse();
		// as an unknown user's: the number's own limits count the attempt, the budget
		// does
		// not
		assertThat(this.store.find("n#new")).get()
			.satisfies((history) -> assertThat(history.sentAt()).containsExactly(this.clock.instant()));
		assertThat(this.store.count("budget#1")).isEqualTo(6);
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(this.limits.tryAcquireAtEqualCost("n#new", budget, Spend.UNRESERVED).retryAfter())
			.contains(Duration.ofSeconds(20));
	}

	@Test
	void tryAcquireAtEqualCostWhenOnlyTheReserveIsLeftThenANumberThatMayUseItIsAllowedUntilTheWholeBudgetIsUsedUp() {
		Budget budget = new Budget(this.budget, 4, List.of());
		for (int i = 0; i < 6; i++) {
			this.limits.tryAcquireAtEqualCost("n#" + i, budget, Spend.UNRESERVED);
		}
		for (int i = 0; i < 4; i++) {
			assertThat(this.limits.tryAcquireAtEqualCost("n#back" + i, budget, Spend.ANY).isAllowed()).isTrue();
		}
		assertThat(this.limits.tryAcquireAtEqualCost("n#back", budget, Spend.ANY).counterAtLimit()).isTrue();
		SendVerdict firstTime = this.limits.tryAcquireAtEqualCost("n#new", budget, Spend.UNRESERVED);
		assertThat(firstTime.counterAtLimit()).isTrue();
		assertThat(firstTime.onlyReserveLeft()).isFalse();
		assertThat(this.limits.tryAcquireAtEqualCost("n#unknown", budget, Spend.CHECK).counterAtLimit()).isTrue();
	}

	@Test
	void tryAcquireAtEqualCostWhenRefusedForTheReserveOrAllowedThenReadsOnceAndWritesOnce() {
		RecordingSendLimitStore recording = new RecordingSendLimitStore(this.store);
		SendLimits limits = new SendLimits(recording, Duration.ofSeconds(30), 5, this.clock);
		Budget budget = new Budget(new Counter("budget#1", 2, this.clock.instant().plus(Duration.ofDays(2))), 1,
				List.of(1L, 2L));
		assertThat(limits.tryAcquireAtEqualCost("n#a", budget, Spend.UNRESERVED).isAllowed()).isTrue();
		List<String> allowed = recording.takeCalls();
		assertThat(limits.tryAcquireAtEqualCost("n#b", budget, Spend.UNRESERVED).onlyReserveLeft()).isTrue();
		List<String> reserved = recording.takeCalls();
		assertThat(limits.tryAcquireAtEqualCost("n#a", budget, Spend.UNRESERVED).retryAfter()).isPresent();
		List<String> refused = recording.takeCalls();
		limits.tryAcquireAtEqualCost("n#c", budget, Spend.CHECK);
		List<String> unknown = recording.takeCalls();
		assertThat(allowed).containsExactly("findCounted", "replaceCounted");
		assertThat(List.of(reserved, refused, unknown)).containsOnly(allowed);
	}

	@Test
	void tryAcquireAtEqualCostWhenSendsReachEachAlarmThenEachIsReportedOnce() {
		Budget budget = new Budget(this.budget, 0, List.of(5L, 8L));
		List<Long> reported = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			SendVerdict verdict = this.limits.tryAcquireAtEqualCost("n#" + i, budget, Spend.ANY);
			reported.addAll(verdict.alarms());
			this.limits.tryAcquireAtEqualCost("n#unknown" + i, budget, Spend.CHECK);
			reported.addAll(this.limits.tryAcquireAtEqualCost("n#" + i, budget, Spend.ANY).alarms());
		}
		assertThat(reported).containsExactly(5L, 8L);
	}

	@Test
	void tryAcquireAtEqualCostWhenTheSendThatReachedAnAlarmDidNotSeeItThenTheNextWriteReportsIt() {
		AtomicBoolean overlap = new AtomicBoolean();
		SendLimitStore overlapping = new WithoutMarks() {

			@Override
			public CountedHistory findCounted(String key, String counterKey) {
				CountedHistory read = SendLimitsTest.this.store.findCounted(key, counterKey);
				if (overlap.getAndSet(false)) {
					// another instance's send, between this one's read and write
					SendLimitsTest.this.store.increment(counterKey, 10, SendLimitsTest.this.budget.expiresAt());
				}
				return read;
			}

			@Override
			public WriteOutcome replaceCounted(String key, Optional<SendHistory> expected, SendHistory next,
					Counter counter, boolean add) {
				return SendLimitsTest.this.store.replaceCounted(key, expected, next, counter, add);
			}

		};
		SendLimits limits = new SendLimits(overlapping, Duration.ofSeconds(30), 5, this.clock);
		Budget budget = new Budget(this.budget, 0, List.of(5L));
		for (int i = 0; i < 3; i++) {
			limits.tryAcquireAtEqualCost("n#" + i, budget, Spend.ANY);
		}
		overlap.set(true);
		assertThat(limits.tryAcquireAtEqualCost("n#3", budget, Spend.ANY).alarms()).isEmpty();
		assertThat(this.store.count("budget#1")).isEqualTo(5);
		assertThat(limits.tryAcquireAtEqualCost("n#unknown", budget, Spend.CHECK).alarms()).containsExactly(5L);
		assertThat(limits.tryAcquireAtEqualCost("n#5", budget, Spend.ANY).alarms()).isEmpty();
	}

	@Test
	void tryAcquireAtEqualCostWhenTheStoreKeepsNoMarksThenTheSendWhoseCountReachesAnAlarmReportsIt() {
		SendLimitStore withoutMarks = new WithoutMarks();
		SendLimits limits = new SendLimits(withoutMarks, Duration.ofSeconds(30), 5, this.clock);
		Budget budget = new Budget(this.budget, 0, List.of(3L));
		List<List<Long>> reported = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			reported.add(limits.tryAcquireAtEqualCost("n#" + i, budget, Spend.ANY).alarms());
			reported.add(limits.tryAcquireAtEqualCost("n#unknown" + i, budget, Spend.CHECK).alarms());
		}
		assertThat(reported.stream().flatMap(List::stream)).containsExactly(3L);
		assertThat(reported.get(4)).containsExactly(3L);
	}

	@Test
	void budgetWhenTheReserveIsOutsideTheLimitThenRefused() {
		assertThatThrownBy(() -> new Budget(this.budget, 11, List.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Budget(this.budget, 0, List.of(0L))).isInstanceOf(IllegalArgumentException.class);
		assertThat(new Budget(this.budget, 3, List.of(8L, 5L, 8L)).alarms()).containsExactly(5L, 8L);
		assertThat(new Budget(this.budget, 3, List.of()).unreservedLimit()).isEqualTo(7);
	}

	/**
	 * The in-memory store seen through the interface's defaults for reading a counter
	 * with a history and writing both: a store that keeps no marks.
	 */
	private class WithoutMarks implements SendLimitStore {

		@Override
		public Optional<SendHistory> find(String key) {
			return SendLimitsTest.this.store.find(key);
		}

		@Override
		public boolean replace(String key, Optional<SendHistory> expected, SendHistory next) {
			return SendLimitsTest.this.store.replace(key, expected, next);
		}

		@Override
		public boolean increment(String key, long limit, Instant expiresAt) {
			return SendLimitsTest.this.store.increment(key, limit, expiresAt);
		}

		@Override
		public long count(String key) {
			return SendLimitsTest.this.store.count(key);
		}

	}

}
