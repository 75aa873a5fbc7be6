package dev.passwordless.rules;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalTest {

	@Test
	void inWhenWrappedByCognitoThenReadsReasonAndWait() {
		String message = "CreateAuthChallenge failed with error "
				+ Refusal.of(Refusal.Reason.DAILY_BUDGET, Duration.ofSeconds(3600)).toMessage() + ".";
		assertThat(Refusal.in(message)).contains(Refusal.of(Refusal.Reason.DAILY_BUDGET, Duration.ofSeconds(3600)));
	}

	@Test
	void toMessageWhenWaitHasFractionsThenRoundsUpToWholeSeconds() {
		assertThat(Refusal.of(Refusal.Reason.TOO_MANY_CODES, Duration.ofMillis(28_001)).toMessage())
			.isEqualTo("refusal=TOO_MANY_CODES;retry-after=29");
		assertThat(Refusal.of(Refusal.Reason.TOO_MANY_CODES, Duration.ZERO).toMessage())
			.isEqualTo("refusal=TOO_MANY_CODES;retry-after=1");
	}

	@Test
	void inWhenNoWaitThenReasonAlone() {
		assertThat(Refusal.in("PreSignUp failed with error refusal=NAME_TOO_LONG."))
			.contains(Refusal.of(Refusal.Reason.NAME_TOO_LONG));
	}

	@Test
	void inWhenTextHoldsNoKnownReasonThenEmpty() {
		assertThat(Refusal.in(null)).isEmpty();
		assertThat(Refusal.in("too many codes for this number, try again in 30 seconds")).isEmpty();
		assertThat(Refusal.in("refusal=SOMETHING_NEW;retry-after=5")).isEmpty();
	}

	@Test
	void inWhenPostAuthenticationRefusesANumberChangeThenReadsNumberTaken() {
		assertThat(Refusal
			.in("PostAuthentication failed with error " + Refusal.of(Refusal.Reason.NUMBER_TAKEN).toMessage() + "."))
			.contains(Refusal.of(Refusal.Reason.NUMBER_TAKEN));
	}

}
