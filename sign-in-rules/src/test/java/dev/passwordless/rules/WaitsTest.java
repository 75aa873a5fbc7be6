package dev.passwordless.rules;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WaitsTest {

	@Test
	void roundedUpSecondsWhenThereAreFractionsThenTheNextWholeSecond() {
		assertThat(Waits.roundedUpSeconds(Duration.ofMillis(28_001))).isEqualTo(29);
		assertThat(Waits.roundedUpSeconds(Duration.ofNanos(1))).isEqualTo(1);
		assertThat(Waits.roundedUpSeconds(Duration.ofSeconds(30))).isEqualTo(30);
	}

	@Test
	void roundedUpSecondsWhenNoWaitThenZero() {
		assertThat(Waits.roundedUpSeconds(Duration.ZERO)).isZero();
		assertThat(Waits.roundedUpSeconds(Duration.ofSeconds(-5))).isZero();
	}

	@Test
	void roundedUpWhenMinutesOrHoursThenAPartUnitCountsWhole() {
		assertThat(Waits.roundedUp(Duration.ofSeconds(61), ChronoUnit.MINUTES)).isEqualTo(2);
		assertThat(Waits.roundedUp(Duration.ofSeconds(120), ChronoUnit.MINUTES)).isEqualTo(2);
		assertThat(Waits.roundedUp(Duration.ofSeconds(7201), ChronoUnit.HOURS)).isEqualTo(3);
		assertThat(Waits.roundedUp(Duration.ofMillis(1), ChronoUnit.HOURS)).isEqualTo(1);
	}

}
