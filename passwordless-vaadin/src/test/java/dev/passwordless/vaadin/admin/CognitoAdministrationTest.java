package dev.passwordless.vaadin.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The administration's search becomes one ListUsers prefix filter. */
class CognitoAdministrationTest {

	@Test
	void filterWhenANumberIsTypedThenItsDigitsArePrefixOfPhoneNumber() {
		assertThat(CognitoAdministration.filter("+1 202 555-01")).isEqualTo("phone_number ^= \"+120255501\"");
		assertThat(CognitoAdministration.filter("49 151")).isEqualTo("phone_number ^= \"+49151\"");
	}

	@Test
	void filterWhenANameIsTypedThenItIsPrefixOfNameWithQuotesEscaped() {
		assertThat(CognitoAdministration.filter(" Ada ")).isEqualTo("name ^= \"Ada\"");
		assertThat(CognitoAdministration.filter("O\"Brien\\")).isEqualTo("name ^= \"O\\\"Brien\\\\\"");
	}

	@Test
	void filterWhenNothingIsTypedThenNoFilter() {
		assertThat(CognitoAdministration.filter("  ")).isNull();
		assertThat(CognitoAdministration.filter(null)).isNull();
	}

}
