package dev.passwordless.vaadin.login;

import java.time.Duration;
import java.time.Instant;

import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.i18n.Say;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemorySignInRateLimitsTest {

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	private final SignInRateLimits limits = limits(new RateLimitProperties(Duration.ofSeconds(30), 5, 20, 10, 30));

	@Test
	void sendToWhenASecondCodeIsAskedWithinTheCooldownThenSaysWhenToRetry() {
		this.limits.sendTo("+14155550123");
		this.clock.advance(Duration.ofSeconds(2));
		assertThatThrownBy(() -> this.limits.sendTo("+14155550123")).isInstanceOfSatisfying(SignInProblem.class,
				(problem) -> assertThat(Say.english(problem))
					.isEqualTo("Too many codes for this number. Please try again in 28 seconds."));
	}

	@Test
	void sendToWhenTheCooldownIsOverThenSendsAgain() {
		this.limits.sendTo("+14155550123");
		this.clock.advance(Duration.ofSeconds(30));
		assertThatCode(() -> this.limits.sendTo("+14155550123")).doesNotThrowAnyException();
	}

	@Test
	void sendToWhenTheHourlyCapIsReachedThenRefusesForTheRestOfTheHour() {
		SignInRateLimits noCooldown = limits(new RateLimitProperties(Duration.ZERO, 5, 20, 10, 30));
		for (int i = 0; i < 5; i++) {
			noCooldown.sendTo("+14155550123");
		}
		assertThatThrownBy(() -> noCooldown.sendTo("+14155550123")).isInstanceOfSatisfying(SignInProblem.class,
				(problem) -> assertThat(Say.english(problem))
					.isEqualTo("Too many codes for this number. Please try again in 60 minutes."));
	}

	@Test
	void sendToWhenAnotherNumberAsksThenItsOwnBucket() {
		this.limits.sendTo("+14155550123");
		assertThatCode(() -> this.limits.sendTo("+14155550124")).doesNotThrowAnyException();
	}

	@Test
	void sendFromWhenAnAddressAsksMoreThanTwentyTimesAnHourThenRefuses() {
		for (int i = 0; i < 20; i++) {
			this.limits.sendFrom("203.0.113.9");
		}
		assertThatThrownBy(() -> this.limits.sendFrom("203.0.113.9")).isInstanceOfSatisfying(SignInProblem.class,
				(problem) -> assertThat(problem.kind()).isEqualTo(SignInProblem.Kind.RATE_LIMITED));
	}

	@Test
	void sendFromWhenTheHourHasPassedOnTheAppsClockThenAllowsAgain() {
		for (int i = 0; i < 20; i++) {
			this.limits.sendFrom("203.0.113.9");
		}
		this.clock.advance(Duration.ofHours(1));
		assertThatCode(() -> this.limits.sendFrom("203.0.113.9")).doesNotThrowAnyException();
	}

	@Test
	void checkWhenANumberIsCheckedMoreThanTenTimesInTenMinutesThenRefuses() {
		for (int i = 0; i < 10; i++) {
			this.limits.check("+14155550123", "203.0.113." + i);
		}
		assertThatThrownBy(() -> this.limits.check("+14155550123", "203.0.113.99")).isInstanceOf(SignInProblem.class);
	}

	@Test
	void propertiesWhenTheCooldownAndCapAreNotSetThenTheTriggersDefaults() {
		RateLimitProperties defaults = RateLimitProperties.defaults();
		assertThat(defaults.phoneCooldown()).isEqualTo(dev.passwordless.rules.SendLimits.DEFAULT_COOLDOWN);
		assertThat(defaults.phoneSendsPerHour()).isEqualTo(dev.passwordless.rules.SendLimits.DEFAULT_SENDS_PER_HOUR);
	}

	private SignInRateLimits limits(RateLimitProperties properties) {
		return new InMemorySignInRateLimits(properties, new InMemorySendLimitStore(this.clock), this.clock);
	}

}
