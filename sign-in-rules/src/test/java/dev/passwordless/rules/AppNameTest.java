package dev.passwordless.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AppNameTest {

	@ParameterizedTest
	@ValueSource(strings = { "SMS sign-in", "Müller & Söhne", "Example Portal", "A", "St. Mary's", "Acme Inc.",
			"Stadtwerke Köln", "Twenty-five characters ok" })
	void isValidWhenLettersDigitsSpacesAndPunctuationWithinTheLimitThenTrue(String name) {
		assertThat(AppName.isValid(name)).isTrue();
		assertThat(AppName.problem(name)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " Example", "-Example", "Example!", "Visit example.com/x", "{code}",
			"The App of the Municipality", "Example ", "ops@example" })
	void problemWhenOutsideTheRuleThenSaysWhatANameMustBe(String name) {
		assertThat(AppName.isValid(name)).isFalse();
		assertThat(AppName.problem(name))
			.contains("must be 1-25 letters, digits, spaces or . & ' - (starting with a letter or digit)");
	}

	@Test
	void problemWhenNullThenInvalid() {
		assertThat(AppName.isValid(null)).isFalse();
		assertThat(AppName.problem(null)).isPresent();
	}

	@Test
	void defaultAppNameWhenCheckedThenFollowsTheRule() {
		assertThat(AppName.isValid(AppName.DEFAULT_APP_NAME)).isTrue();
		assertThat(AppName.isValid("a".repeat(AppName.MAX_APP_NAME))).isTrue();
		assertThat(AppName.isValid("a".repeat(AppName.MAX_APP_NAME + 1))).isFalse();
	}

}
