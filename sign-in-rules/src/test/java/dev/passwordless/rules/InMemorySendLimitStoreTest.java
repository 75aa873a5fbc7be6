package dev.passwordless.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InMemorySendLimitStoreTest extends SendLimitStoreContract {

	private final InMemorySendLimitStore store = new InMemorySendLimitStore(Clock.systemUTC());

	@Override
	protected SendLimitStore store() {
		return this.store;
	}

	@Test
	void replaceWhenPastTheBoundThenExpiredRowsGoFirstAndLiveOnesStay() {
		MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));
		InMemorySendLimitStore bounded = new InMemorySendLimitStore(clock);
		for (int i = 0; i < 60_000; i++) {
			bounded.replace("old" + i, Optional.empty(), new SendHistory(1, List.of(clock.instant())));
		}
		clock.advance(Duration.ofHours(2));
		for (int i = 0; i <= 40_001; i++) {
			bounded.replace("new" + i, Optional.empty(), new SendHistory(1, List.of(clock.instant())));
		}
		assertThat(bounded.find("old0")).isEmpty();
		assertThat(bounded.find("new0")).isPresent();
		assertThat(bounded.find("new40001")).isPresent();
	}

	@Test
	void replaceWhenPastTheBoundWithMostRowsLiveThenDropsEverythingSoMemoryStaysBounded() {
		MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));
		InMemorySendLimitStore bounded = new InMemorySendLimitStore(clock);
		for (int i = 0; i <= 100_001; i++) {
			bounded.replace("n" + i, Optional.empty(), new SendHistory(1, List.of(clock.instant())));
		}
		assertThat(bounded.find("n0")).isEmpty();
		assertThat(bounded.find("n100001")).isPresent();
	}

}
