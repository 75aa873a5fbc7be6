package dev.passwordless.rules;

import java.time.Duration;
import java.time.Instant;

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
	void tryAcquireWhenEveryWriteLosesThenRefusesInsteadOfLooping() {
		assertThat(new SendLimits(StubSendLimitStore.losingEveryWrite(), Duration.ofSeconds(30), 5, this.clock)
			.tryAcquire("n#a")).contains(Duration.ofSeconds(30));
	}

}
