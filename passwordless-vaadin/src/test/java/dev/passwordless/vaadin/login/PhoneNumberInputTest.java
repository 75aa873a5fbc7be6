package dev.passwordless.vaadin.login;

import java.util.Set;

import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.i18n.Say;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberInputTest {

	private static final Set<String> ALLOWED = Set.of("US", "GB", "DE");

	@Test
	void toE164WhenASatelliteNumberAndNonGeographicNumbersAreNotAllowedThenRefused() {
		assertThatThrownBy(() -> PhoneNumberInput.toE164("+881 6 1234 5678", "US", ALLOWED))
			.isInstanceOfSatisfying(SignInProblem.class, (problem) -> assertThat(Say.english(problem))
				.isEqualTo("We can't send codes to phone numbers in this country."));
	}

	@Test
	void toE164WhenASatelliteNumberAndNonGeographicNumbersAreAllowedExplicitlyThenAccepted() {
		assertThat(PhoneNumberInput.toE164("+881 6 1234 5678", "US", Set.of("US", "001"))).isEqualTo("+881612345678");
	}

	@Test
	void toE164WhenAMobileNumberOfACountryNotOnTheListThenRefusedBeforeAnythingIsSent() {
		assertThat(PhoneNumberInput.problem("+33 6 12 34 56 78", "US", ALLOWED)).get()
			.extracting(SignInProblem::key)
			.isEqualTo("passwordless.phone.country-not-allowed");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			(415) 555-0123       | US | +14155550123
			415.555.0123         | US | +14155550123
			+1 415 555 0123      | GB | +14155550123
			+44 7400 123456      | US | +447400123456
			07400 123456         | GB | +447400123456
			0049 1512 3456789    | DE | +4915123456789
			01512 3456789        | DE | +4915123456789
			""")
	void toE164WhenAMobileNumberIsTypedTheWayPeopleWriteThenNormalised(String typed, String country, String expected) {
		assertThat(PhoneNumberInput.toE164(typed, country, ALLOWED)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					''                    | US | Enter your mobile number.
					12                    | US | That number has the wrong number of digits for the country.
					hello                 | US | Enter the number in digits. Numbers with letters (like 1-800-FLOWERS) can't receive text messages.
					1-800-FLOWERS         | US | Enter the number in digits. Numbers with letters (like 1-800-FLOWERS) can't receive text messages.
					+999 123 4567         | US | There is no country with that calling code. Check the digits after the +.
					(415) 555-01234567    | US | That number has the wrong number of digits for the country.
					(202) 555-0150 ext. 12| US | Leave out the extension: codes go to a mobile phone, which has none.
					+1 202 555 0150 x12   | US | Leave out the extension: codes go to a mobile phone, which has none.
					1-800-356-9377        | US | Toll-free numbers can't receive text messages. Enter a mobile number.
					+44 20 7946 0958      | US | That is a landline number, which can't receive text messages. Enter a mobile number.
					030 901820            | DE | That is a landline number, which can't receive text messages. Enter a mobile number.
					0900 1234567          | DE | Premium-rate and shared-cost numbers can't receive text messages. Enter a mobile number.
					""")
	void toE164WhenTheNumberCannotReceiveACodeThenSaysWhy(String typed, String country, String words) {
		assertThatThrownBy(() -> PhoneNumberInput.toE164(typed, country, ALLOWED)).isInstanceOfSatisfying(
				SignInProblem.class, (problem) -> assertThat(Say.english(problem)).isEqualTo(words));
	}

}
