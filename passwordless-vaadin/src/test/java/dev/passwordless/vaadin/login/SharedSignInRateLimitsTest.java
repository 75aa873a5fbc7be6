package dev.passwordless.vaadin.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.StubSendLimitStore;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.i18n.Say;
import dev.passwordless.vaadin.security.MasterKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedSignInRateLimitsTest {

	private static final MasterKey KEY = MasterKey.resolve("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", false,
			Optional.empty());

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-01-01T10:01:00Z"));

	@Test
	void sendToWhenTheStoreIsUnreachableThenRefusesAsUnavailable() {
		SignInRateLimits limits = new SharedSignInRateLimits(LimitsProperties.defaults(), StubSendLimitStore.failing(),
				KEY, this.clock);
		assertThatThrownBy(() -> limits.sendTo("+12025550180", "198.51.100.90", false))
			.isInstanceOfSatisfying(SignInProblem.class, (problem) -> {
				assertThat(problem.kind()).isEqualTo(SignInProblem.Kind.UNAVAILABLE);
				assertThat(Say.english(problem))
					.isEqualTo("Sign-in is unavailable right now. Please try again shortly.");
			});
		assertThatThrownBy(() -> limits.sendFrom("198.51.100.80")).isInstanceOf(SignInProblem.class);
		assertThatThrownBy(() -> limits.check("+12025550180", "198.51.100.80", false))
			.isInstanceOf(SignInProblem.class);
	}

	@Test
	void sendToWhenTheNumberGotACodeThenRefusedWithTheWaitUntilTheCooldownPasses() {
		SignInRateLimits limits = limits();
		limits.sendTo("+12025550181", "198.51.100.90", false);
		assertThatThrownBy(() -> limits.sendTo("+12025550181", "198.51.100.90", false))
			.isInstanceOfSatisfying(SignInProblem.class, (problem) -> assertThat(Say.english(problem))
				.isEqualTo("Too many codes for this number. Please try again in 30 seconds."));
		this.clock.advance(Duration.ofSeconds(30));
		limits.sendTo("+12025550181", "198.51.100.90", false);
	}

	@Test
	void sendFromWhenTheAddressUsedItsHourThenRefusedUntilTheOldestLeavesTheHour() {
		SignInRateLimits limits = limits();
		for (int i = 0; i < 20; i++) {
			limits.sendFrom("198.51.100.81");
			this.clock.advance(Duration.ofMinutes(1));
		}
		assertThatThrownBy(() -> limits.sendFrom("198.51.100.81")).isInstanceOfSatisfying(SignInProblem.class,
				(problem) -> assertThat(Say.english(problem)).startsWith("Too many attempts. Please try again in"));
		this.clock.advance(Duration.ofMinutes(40));
		limits.sendFrom("198.51.100.81");
	}

	@Test
	void checkWhenARequesterUsedItsTenMinutesForTheNumberThenRefusedThereUntilTheNextWindowButNotElsewhere() {
		SignInRateLimits limits = limits();
		for (int i = 0; i < 10; i++) {
			limits.check("+12025550182", "198.51.100.82", false);
		}
		assertThatThrownBy(() -> limits.check("+12025550182", "198.51.100.82", false)).isInstanceOfSatisfying(
				SignInProblem.class,
				(problem) -> assertThat(Say.english(problem)).startsWith("Too many attempts. Please try again in"));
		limits.check("+12025550182", "198.51.100.83", false);
		this.clock.advance(Duration.ofMinutes(10));
		limits.check("+12025550182", "198.51.100.82", false);
	}

	@Test
	void checkWhenStrangersTogetherReachTheirShareOfANumberThenTheyWaitButItsKnownDeviceStillChecks() {
		SignInRateLimits limits = limits();
		for (int i = 0; i < 20; i++) {
			limits.check("+12025550184", "198.51.100." + (100 + i), false);
		}
		assertThatThrownBy(() -> limits.check("+12025550184", "198.51.100.200", false))
			.isInstanceOf(SignInProblem.class);
		limits.check("+12025550184", "198.51.100.201", true);
	}

	@Test
	void sendToWhenAStrangerUsedTheirAllowanceForSomeonesNumberThenTheOwnerStillGetsACode() {
		SignInRateLimits limits = limits();
		for (int i = 0; i < 5; i++) {
			limits.sendTo("+12025550185", "203.0.113.5", false);
			this.clock.advance(Duration.ofSeconds(31));
		}
		assertThatThrownBy(() -> limits.sendTo("+12025550185", "203.0.113.5", false))
			.isInstanceOfSatisfying(SignInProblem.class, (problem) -> assertThat(Say.english(problem))
				.startsWith("Too many codes for this number. Please try again in"));
		limits.sendTo("+12025550185", "198.51.100.85", false);
	}

	@Test
	void sendToWhenTheRequesterIsAKnownDeviceOfTheNumberThenNotHeldToTheAnonymousCap() {
		SignInRateLimits limits = limits();
		for (int i = 0; i < 5; i++) {
			limits.sendTo("+12025550186", "198.51.100.86", false);
			this.clock.advance(Duration.ofSeconds(31));
		}
		limits.sendTo("+12025550186", "198.51.100.86", true);
	}

	@Test
	void sendToWhenStrangersTogetherReachTheirShareOfANumberThenTheyWaitButItsKnownDeviceStillGetsACode() {
		SignInRateLimits limits = limits();
		for (int i = 0; i < 7; i++) {
			limits.sendTo("+12025550187", "203.0.113." + (10 + i), false);
			this.clock.advance(Duration.ofSeconds(31));
		}
		assertThatThrownBy(() -> limits.sendTo("+12025550187", "203.0.113.99", false))
			.isInstanceOf(SignInProblem.class);
		limits.sendTo("+12025550187", "198.51.100.87", true);
	}

	@Test
	void sendToWhenKnownDevicesAndStrangersTogetherReachTheNumbersCeilingThenEveryoneWaits() {
		SignInRateLimits limits = limits();
		for (int i = 0; i < 10; i++) {
			limits.sendTo("+12025550188", "198.51.100.88", true);
			this.clock.advance(Duration.ofSeconds(31));
		}
		assertThatThrownBy(() -> limits.sendTo("+12025550188", "198.51.100.88", true))
			.isInstanceOf(SignInProblem.class);
	}

	@Test
	void sendToWhenRequestsAreRefusedByTheNumbersLimitsThenTheyCostTheCountryNothing() {
		SignInRateLimits limits = limits();
		limits.sendTo("+12025550189", "198.51.100.89", false);
		for (int i = 0; i < 400; i++) {
			assertThatThrownBy(() -> limits.sendTo("+12025550189", "198.51.100.89", false))
				.isInstanceOf(SignInProblem.class);
		}
		limits.sendTo("+12025550190", "198.51.100.90", false);
	}

	@Test
	void sendFromWhenAddressesRotateWithinOneIpv6Slash64ThenTheyShareOneAllowance() {
		SignInRateLimits limits = limits();
		for (int i = 1; i <= 20; i++) {
			limits.sendFrom("2001:db8:0:1::" + Integer.toHexString(i));
		}
		assertThatThrownBy(() -> limits.sendFrom("2001:db8:0:1:ffff::21")).isInstanceOfSatisfying(SignInProblem.class,
				(problem) -> assertThat(Say.english(problem)).startsWith("Too many attempts. Please try again in"));
		limits.sendFrom("2001:db8:0:2::1");
	}

	@Test
	void sendFromWhenSlash64sRotateWithinOneIpv6Slash48ThenTheNetworkIsCappedAtItsHourlyLimit() {
		SignInRateLimits limits = limits();
		for (int i = 1; i <= 100; i++) {
			limits.sendFrom("2001:db8:7:" + Integer.toHexString(i) + "::1");
		}
		assertThatThrownBy(() -> limits.sendFrom("2001:db8:7:ffff::1")).isInstanceOf(SignInProblem.class);
		limits.sendFrom("2001:db8:8:1::1");
		this.clock.advance(Duration.ofHours(1));
		limits.sendFrom("2001:db8:7:ffff::1");
	}

	@Test
	void sendToWhenOneCountrysNumbersGetTheirHourlyVelocityThenFurtherNumbersThereWaitOthersDoNot() {
		SignInRateLimits limits = limits();
		for (int i = 0; i < 300; i++) {
			limits.sendTo(String.format("+1202555%04d", i), "198.51.100." + (i % 50), false);
		}
		assertThatThrownBy(() -> limits.sendTo("+12025559999", "198.51.100.90", false)).isInstanceOfSatisfying(
				SignInProblem.class,
				(problem) -> assertThat(problem.kind()).isEqualTo(SignInProblem.Kind.RATE_LIMITED));
		limits.sendTo("+447700900123", "198.51.100.90", false);
	}

	private SignInRateLimits limits() {
		return new SharedSignInRateLimits(LimitsProperties.defaults(), new InMemorySendLimitStore(this.clock), KEY,
				this.clock);
	}

}
