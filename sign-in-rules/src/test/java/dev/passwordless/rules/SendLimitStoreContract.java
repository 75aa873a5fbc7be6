package dev.passwordless.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link SendLimitStore} must do, the concurrency included. Each store's test
 * extends this with the real store.
 */
public abstract class SendLimitStoreContract {

	/** The store under test; each call may return the same instance. */
	protected abstract SendLimitStore store();

	private final String key = "n#" + UUID.randomUUID();

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@Test
	void findWhenNothingWasWrittenThenIsEmpty() {
		assertThat(store().find(this.key)).isEmpty();
		assertThat(store().count("budget#" + this.key)).isZero();
	}

	@Test
	void replaceWhenTheKeyIsAbsentThenWritesOnceAndReadsBack() {
		SendHistory first = new SendHistory(1, List.of(this.now));
		assertThat(store().replace(this.key, Optional.empty(), first)).isTrue();
		assertThat(store().replace(this.key, Optional.empty(), first)).isFalse();
		assertThat(store().find(this.key)).contains(first);
	}

	@Test
	void replaceWhenTheVersionReadIsStaleThenWritesNothing() {
		SendHistory first = new SendHistory(1, List.of(this.now));
		SendHistory second = new SendHistory(2, List.of(this.now, this.now.plusSeconds(40)));
		store().replace(this.key, Optional.empty(), first);
		assertThat(store().replace(this.key, Optional.of(first), second)).isTrue();
		assertThat(store().replace(this.key, Optional.of(first),
				new SendHistory(2, List.of(this.now, this.now.plusSeconds(50)))))
			.isFalse();
		assertThat(store().find(this.key)).contains(second);
	}

	@Test
	void incrementWhenFortyCallersRaceForALimitOfTwentyFiveThenExactlyTwentyFiveAreAdded() throws Exception {
		String counter = "budget#" + this.key;
		List<Boolean> added = race(40, () -> store().increment(counter, 25, this.now.plus(Duration.ofDays(2))));
		assertThat(added.stream().filter(Boolean::booleanValue)).hasSize(25);
		assertThat(store().count(counter)).isEqualTo(25);
	}

	@Test
	void isBelowWhenTheCounterIsBelowTheLimitThenTrueAndAddsNothing() {
		String counter = "budget#" + this.key;
		Instant expiresAt = this.now.plus(Duration.ofDays(2));
		assertThat(store().isBelow(counter, 1, expiresAt)).isTrue();
		store().increment(counter, 2, expiresAt);
		assertThat(store().isBelow(counter, 2, expiresAt)).isTrue();
		assertThat(store().count(counter)).isEqualTo(1);
		assertThat(store().increment(counter, 2, expiresAt)).isTrue();
	}

	@Test
	void isBelowWhenTheCounterReachedTheLimitThenFalse() {
		String counter = "budget#" + this.key;
		Instant expiresAt = this.now.plus(Duration.ofDays(2));
		store().increment(counter, 1, expiresAt);
		assertThat(store().isBelow(counter, 1, expiresAt)).isFalse();
		assertThat(store().count(counter)).isEqualTo(1);
	}

	@Test
	void sendLimitsWhenHundredRequestsForOneNumberRaceThenExactlyOneIsAllowed() throws Exception {
		SendLimits limits = new SendLimits(store(), Duration.ofSeconds(30), 5, Clock.systemUTC());
		List<Optional<Duration>> results = race(100, () -> limits.tryAcquire(this.key));
		assertThat(results.stream().filter(Optional::isEmpty)).hasSize(1);
		assertThat(store().find(this.key)).get().satisfies((history) -> assertThat(history.sentAt()).hasSize(1));
	}

	@Test
	void replaceCountedWhenTheHistoryIsCurrentAndTheCounterBelowItsLimitThenWritesAndCountsBoth() {
		Counter counter = counter(2);
		SendHistory first = new SendHistory(1, List.of(this.now));
		assertThat(store().replaceCounted(this.key, Optional.empty(), first, counter, true))
			.isEqualTo(SendLimitStore.WriteOutcome.WRITTEN);
		assertThat(store().find(this.key)).contains(first);
		assertThat(store().count(counter.key())).isEqualTo(1);
	}

	@Test
	void replaceCountedWhenOnlyCheckingThenWritesTheHistoryAndCountsNothing() {
		Counter counter = counter(2);
		SendHistory first = new SendHistory(1, List.of(this.now));
		assertThat(store().replaceCounted(this.key, Optional.empty(), first, counter, false))
			.isEqualTo(SendLimitStore.WriteOutcome.WRITTEN);
		assertThat(store().find(this.key)).contains(first);
		assertThat(store().count(counter.key())).isZero();
	}

	@Test
	void replaceCountedWhenTheVersionReadIsStaleThenWritesAndCountsNothing() {
		Counter counter = counter(2);
		SendHistory first = new SendHistory(1, List.of(this.now));
		store().replace(this.key, Optional.empty(), first);
		assertThat(store().replaceCounted(this.key, Optional.empty(),
				new SendHistory(1, List.of(this.now.plusSeconds(9))), counter, true))
			.isEqualTo(SendLimitStore.WriteOutcome.HISTORY_CHANGED);
		assertThat(store().find(this.key)).contains(first);
		assertThat(store().count(counter.key())).isZero();
	}

	@Test
	void replaceCountedWhenTheCounterIsAtItsLimitThenCountsNothing() {
		Counter counter = counter(1);
		store().increment(counter.key(), counter.limit(), counter.expiresAt());
		SendHistory first = new SendHistory(1, List.of(this.now));
		assertThat(store().replaceCounted(this.key, Optional.empty(), first, counter, true))
			.isEqualTo(SendLimitStore.WriteOutcome.COUNTER_AT_LIMIT);
		assertThat(store().replaceCounted(this.key + "#other", Optional.empty(), first, counter, false))
			.isEqualTo(SendLimitStore.WriteOutcome.COUNTER_AT_LIMIT);
		assertThat(store().count(counter.key())).isEqualTo(1);
	}

	@Test
	void sendLimitsAtEqualCostWhenHundredRequestsForOneNumberRaceThenExactlyOneIsAllowedAndCountedOnce()
			throws Exception {
		SendLimits limits = new SendLimits(store(), Duration.ofSeconds(30), 5, Clock.systemUTC());
		Counter counter = counter(1000);
		List<SendVerdict> results = race(100, () -> limits.tryAcquireAtEqualCost(this.key, counter, true));
		assertThat(results.stream().filter(SendVerdict::isAllowed)).hasSize(1);
		assertThat(results).noneMatch(SendVerdict::counterAtLimit);
		assertThat(store().count(counter.key())).isEqualTo(1);
		assertThat(store().find(this.key)).get().satisfies((history) -> assertThat(history.sentAt()).hasSize(1));
	}

	@Test
	void sendLimitsAtEqualCostWhenFortyNumbersRaceForABudgetOfTwentyFiveThenExactlyTwentyFiveAreAllowed()
			throws Exception {
		SendLimits limits = new SendLimits(store(), Duration.ofSeconds(30), 5, Clock.systemUTC());
		Counter counter = counter(25);
		AtomicInteger numbers = new AtomicInteger();
		List<SendVerdict> results = race(40,
				() -> limits.tryAcquireAtEqualCost(this.key + "#" + numbers.incrementAndGet(), counter, true));
		assertThat(results.stream().filter(SendVerdict::isAllowed)).hasSize(25);
		assertThat(results.stream().filter(SendVerdict::counterAtLimit)).hasSize(15);
		assertThat(store().count(counter.key())).isEqualTo(25);
	}

	@Test
	void sendLimitsAtEqualCostWhenOnlyCheckingThenAllowsAndRecordsButCountsNothing() {
		SendLimits limits = new SendLimits(store(), Duration.ofSeconds(30), 5, Clock.systemUTC());
		Counter counter = counter(1);
		assertThat(limits.tryAcquireAtEqualCost(this.key, counter, false).isAllowed()).isTrue();
		assertThat(limits.tryAcquireAtEqualCost(this.key, counter, false).retryAfter()).isPresent();
		assertThat(store().count(counter.key())).isZero();
	}

	@Test
	void findCountedWhenNothingWasWrittenThenNoHistoryAndNothingCounted() {
		SendLimitStore.CountedHistory read = store().findCounted(this.key, "budget#" + this.key);
		assertThat(read.history()).isEmpty();
		assertThat(read.count()).isZero();
		assertThat(read.mark()).isZero();
	}

	@Test
	void findCountedWhenAHistoryAndACounterWereWrittenThenReadsBoth() {
		Counter counter = counter(5);
		SendHistory first = new SendHistory(1, List.of(this.now));
		store().replaceCounted(this.key, Optional.empty(), first, counter, true);
		store().increment(counter.key(), counter.limit(), counter.expiresAt());
		SendLimitStore.CountedHistory read = store().findCounted(this.key, counter.key());
		assertThat(read.history()).contains(first);
		assertThat(read.count()).isEqualTo(2);
	}

	/**
	 * A store keeps the highest mark, or none and reports the count: either way the mark
	 * read covers every mark written that the count has reached, and never goes down.
	 */
	@Test
	void replaceCountedWhenMarkedThenTheMarkReadCoversEveryMarkTheCountReachedAndNeverGoesDown() {
		Counter budget = counter(10);
		SendHistory first = new SendHistory(1, List.of(this.now));
		store().replaceCounted(this.key, Optional.empty(), first, marked(budget, 1), true);
		assertThat(store().findCounted(this.key, budget.key()).mark()).isEqualTo(1);
		SendHistory second = new SendHistory(2, List.of(this.now));
		store().replaceCounted(this.key, Optional.of(first), second, budget, false);
		assertThat(store().findCounted(this.key, budget.key()).mark()).isEqualTo(1);
		SendHistory third = new SendHistory(3, List.of(this.now, this.now.plusSeconds(40)));
		store().replaceCounted(this.key, Optional.of(second), third, marked(budget, 2), true);
		store().replaceCounted(this.key, Optional.of(third), new SendHistory(4, third.sentAt()), marked(budget, 1),
				false);
		SendLimitStore.CountedHistory read = store().findCounted(this.key, budget.key());
		assertThat(read.count()).isEqualTo(2);
		assertThat(read.mark()).isEqualTo(2);
	}

	@Test
	void sendLimitsAtEqualCostWhenFortyFirstTimeNumbersRaceForTheUnreservedPartThenOnlyThatPartIsSpent()
			throws Exception {
		SendLimits limits = new SendLimits(store(), Duration.ofSeconds(30), 5, Clock.systemUTC());
		Budget budget = new Budget(counter(30), 10, List.of());
		AtomicInteger numbers = new AtomicInteger();
		List<SendVerdict> firstTime = race(40, () -> limits
			.tryAcquireAtEqualCost(this.key + "#" + numbers.incrementAndGet(), budget, Spend.UNRESERVED));
		assertThat(firstTime.stream().filter(SendVerdict::isAllowed)).hasSize(20);
		assertThat(firstTime.stream().filter(SendVerdict::onlyReserveLeft)).hasSize(20);
		assertThat(firstTime).noneMatch(SendVerdict::counterAtLimit);
		List<SendVerdict> returning = race(15,
				() -> limits.tryAcquireAtEqualCost(this.key + "#" + numbers.incrementAndGet(), budget, Spend.ANY));
		assertThat(returning.stream().filter(SendVerdict::isAllowed)).hasSize(10);
		assertThat(returning.stream().filter(SendVerdict::counterAtLimit)).hasSize(5);
		assertThat(store().count(budget.counter().key())).isEqualTo(30);
	}

	private static Counter marked(Counter counter, long mark) {
		return new Counter(counter.key(), counter.limit(), counter.expiresAt(), mark);
	}

	private Counter counter(long limit) {
		return new Counter("budget#" + this.key, limit, this.now.plus(Duration.ofDays(2)));
	}

	private static <T> List<T> race(int callers, Callable<T> call) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(Math.min(callers, 32));
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				futures.add(threads.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
