package dev.passwordless.vaadin.login;

import dev.passwordless.vaadin.cognito.SignInProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberInputTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			(415) 555-0123       | US | +14155550123
			415.555.0123         | US | +14155550123
			+1 415 555 0123      | GB | +14155550123
			+44 20 7946 0958     | US | +442079460958
			020 7946 0958        | GB | +442079460958
			0049 30 901820       | DE | +4930901820
			""")
	void toE164WhenTypedTheWayPeopleWriteThenNormalised(String typed, String country, String expected) {
		assertThat(PhoneNumberInput.toE164(typed, country)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			''                    | Enter your phone number.
			12                    | That number has the wrong number of digits.
			hello                 | That does not look like a phone number.
			+999 1234567          | Start with + and the country code, for example +44 20 7946 0958.
			(415) 555-01234567    | That number has the wrong number of digits.
			""")
	void toE164WhenMalformedThenExplains(String typed, String message) {
		assertThatThrownBy(() -> PhoneNumberInput.toE164(typed, "US")).isInstanceOf(SignInProblem.class)
			.hasMessage(message);
	}

}
