package dev.passwordless.vaadin.login;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MaskedPhoneTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			+14155550123   | ••••••• 0123
			+442079460958  | •••••••• 0958
			+4930901820    | •••••• 1820
			""")
	void ofWhenAnE164NumberThenDotsForTheDigitsPhoneMaskHidesAndTheRestShown(String e164, String shown) {
		assertThat(MaskedPhone.of(e164)).isEqualTo(shown);
	}

}
