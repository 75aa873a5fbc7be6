package dev.passwordless.webapp.login;

import java.time.Duration;

import dev.passwordless.webapp.cognito.SignInProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInRateLimitsTest {

	private final SignInRateLimits limits = new SignInRateLimits(
			new RateLimitProperties(Duration.ofSeconds(30), 5, 20, 10, 30));

	@Test
	void sendToWhenASecondCodeIsAskedWithinTheCooldownThenSaysWhenToRetry() {
		this.limits.sendTo("+14155550123");
		assertThatThrownBy(() -> this.limits.sendTo("+14155550123")).isInstanceOf(SignInProblem.class)
			.hasMessageMatching("Too many codes for this number\\. Please try again in (2\\d|30) seconds\\.");
	}

	@Test
	void sendToWhenTheHourlyCapIsReachedThenRefusesForTheRestOfTheHour() {
		SignInRateLimits noCooldown = new SignInRateLimits(new RateLimitProperties(Duration.ZERO, 5, 20, 10, 30));
		for (int i = 0; i < 5; i++) {
			noCooldown.sendTo("+14155550123");
		}
		assertThatThrownBy(() -> noCooldown.sendTo("+14155550123"))
			.hasMessageMatching("Too many codes for this number\\. Please try again in (59|60) minutes\\.");
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
	void checkWhenANumberIsCheckedMoreThanTenTimesInTenMinutesThenRefuses() {
		for (int i = 0; i < 10; i++) {
			this.limits.check("+14155550123", "203.0.113." + i);
		}
		assertThatThrownBy(() -> this.limits.check("+14155550123", "203.0.113.99")).isInstanceOf(SignInProblem.class);
	}

	@Test
	void propertiesWhenACountIsNotPositiveOrTheCooldownNegativeThenRefusedAtStartUp() {
		assertThatThrownBy(() -> new RateLimitProperties(Duration.ofSeconds(-1), 5, 20, 10, 30))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RateLimitProperties(Duration.ofSeconds(30), 0, 20, 10, 30))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatCode(() -> new RateLimitProperties(Duration.ZERO, 5, 20, 10, 30)).doesNotThrowAnyException();
	}

}
