package dev.passwordless.vaadin.cognito;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused sign-up for a registered number is held for as long as new sign-ups typically
 * take longer; the time here is a counter the test moves, and the waits are noted, not
 * slept.
 */
class PaceTest {

	private final AtomicLong now = new AtomicLong();

	/** How long each refused sign-up was held after Cognito answered. */
	private final List<Duration> holds = new ArrayList<>();

	private final Pace pace = new Pace((deadline) -> {
		this.holds.add(Duration.ofNanos(deadline - this.now.get()));
		this.now.set(deadline);
	}, this.now::get);

	@Test
	void alreadyRegisteredWhenNoNewSignUpWasSeenThenHeldUntilTheFirstGuess() {
		assertThat(refused(5)).isEqualTo(Pace.FIRST_GUESS);
	}

	@Test
	void alreadyRegisteredWhenNewSignUpsTakeLongerThenShiftedByTheDifferenceOfTheMedians() {
		for (long millis : new long[] { 38, 40, 42 }) {
			created(millis);
		}
		refused(9);
		refused(11);
		this.holds.clear();
		assertThat(refused(10)).as("median 40 - median 10 = 30 ms more").isEqualTo(Duration.ofMillis(40));
		assertThat(refused(13)).as("median 40 - median 11").isEqualTo(Duration.ofMillis(42));
		assertThat(this.holds).containsExactly(Duration.ofMillis(30), Duration.ofMillis(29));
	}

	@Test
	void alreadyRegisteredWhenRefusedSignUpsTakeAsLongThenNotHeld() {
		created(40);
		assertThat(refused(40)).isEqualTo(Duration.ofMillis(40));
		assertThat(refused(45)).isEqualTo(Duration.ofMillis(45));
		assertThat(this.holds).isEmpty();
	}

	@Test
	void createdWhenMoreThanItRemembersThenOnlyTheLatestCount() {
		for (int i = 0; i < Pace.REMEMBERED; i++) {
			created(1000);
		}
		for (int i = 0; i < Pace.REMEMBERED; i++) {
			created(40);
		}
		for (int i = 0; i < Pace.REMEMBERED; i++) {
			refused(10);
		}
		assertThat(refused(10)).isEqualTo(Duration.ofMillis(40));
	}

	@Test
	void preciseWhenTheDeadlineComesThenReturnsNotBefore() throws Exception {
		long deadline = System.nanoTime() + Duration.ofMillis(3).toNanos();
		Pace.Pause.precise(deadline);
		assertThat(System.nanoTime() - deadline).isNotNegative();
	}

	private void created(long millis) {
		long started = this.pace.start();
		this.now.addAndGet(Duration.ofMillis(millis).toNanos());
		this.pace.real(started);
	}

	/**
	 * A refused sign-up whose Cognito call took this long; returns how long it took in
	 * all.
	 */
	private Duration refused(long millis) {
		long started = this.pace.start();
		this.now.addAndGet(Duration.ofMillis(millis).toNanos());
		this.pace.held(started);
		return Duration.ofNanos(this.now.get() - started);
	}

}
