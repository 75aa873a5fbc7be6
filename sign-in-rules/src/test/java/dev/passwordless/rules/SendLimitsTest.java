package dev.passwordless.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
			.isEqualTo(new SendLimits.Verdict(Optional.of(Duration.ofSeconds(18)), false));
		List<String> refused = recording.takeCalls();
		assertThat(limits.tryAcquireAtEqualCost("n#b", this.budget, false).isAllowed()).isTrue();
		assertThat(List.of(allowed, refused, recording.takeCalls())).containsOnly(List.of("find", "replaceCounted"));
		assertThat(this.store.count("budget#1")).isEqualTo(1);
	}

	@Test
	void tryAcquireAtEqualCostWhenTheCounterIsAtItsLimitThenSaysSoWhetherAllowedOrRefused() {
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
	void tryAcquireAtEqualCostWhenEveryWriteLosesThenRefusesAndChecksTheCounterAlone() {
		assertThat(new SendLimits(StubSendLimitStore.losingEveryWrite(), Duration.ofSeconds(30), 5, this.clock)
			.tryAcquireAtEqualCost("n#a", this.budget, true))
			.isEqualTo(new SendLimits.Verdict(Optional.of(Duration.ofSeconds(30)), false));
	}

}
