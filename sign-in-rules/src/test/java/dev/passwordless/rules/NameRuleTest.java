package dev.passwordless.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameRuleTest {

	@Test
	void problemWhenBlankThenMissing() {
		assertThat(NameRule.problem(null)).contains(Refusal.Reason.NAME_MISSING);
		assertThat(NameRule.problem(" \t ")).contains(Refusal.Reason.NAME_MISSING);
	}

	@Test
	void problemWhenLongerThanTheMaximumAfterTrimmingThenTooLong() {
		assertThat(NameRule.problem("  " + "a".repeat(NameRule.MAX_LENGTH) + "  ")).isEmpty();
		assertThat(NameRule.problem("a".repeat(NameRule.MAX_LENGTH + 1))).contains(Refusal.Reason.NAME_TOO_LONG);
	}

	@Test
	void problemWhenControlOrPrivateUseCharactersThenInvalid() {
		assertThat(NameRule.problem("Ada\u0000Lovelace")).contains(Refusal.Reason.NAME_INVALID_CHARACTERS);
		assertThat(NameRule.problem("Ada\u2028Lovelace")).contains(Refusal.Reason.NAME_INVALID_CHARACTERS);
		assertThat(NameRule.problem("Ada\uE000")).contains(Refusal.Reason.NAME_INVALID_CHARACTERS);
	}

	@Test
	void problemWhenLettersOfAnyScriptThenFine() {
		assertThat(NameRule.problem("Zoë O'Brien-Łukasiewicz 李")).isEmpty();
	}

}
