package dev.passwordless.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneMaskTest {

	@Test
	void maskWhenE164ThenShowsOnlyTheLastDigits() {
		assertThat(PhoneMask.mask("+12025550123")).isEqualTo("+*******0123");
		assertThat(PhoneMask.mask("+4930901820")).isEqualTo("+******1820");
		assertThat(PhoneMask.mask("+35312345")).isEqualTo("+*****345");
		assertThat(PhoneMask.mask("+2901234")).isEqualTo("+*****34");
	}

	@Test
	void maskWhenNullOrShortThenNothingShows() {
		assertThat(PhoneMask.mask(null)).isEqualTo("+**");
		assertThat(PhoneMask.mask("+12")).isEqualTo("+**");
	}

}
