package dev.passwordless.triggers;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TriggerSettingsTest {

	@Test
	void fromWhenEnvironmentIsEmptyThenUsesTheDefaults() {
		TriggerSettings settings = TriggerSettings.from(Map.of());
		assertThat(settings.allowedCountries()).isEmpty();
		assertThat(settings.codeLength()).isEqualTo(6);
		assertThat(settings.codeTtl()).isEqualTo(Duration.ofMinutes(5));
		assertThat(settings.webOtpDomain()).isEmpty();
	}

	@Test
	void fromWhenCountriesAreListedThenNormalisesThem() {
		assertThat(TriggerSettings.from(Map.of(TriggerEnvironment.ALLOWED_COUNTRIES, " us,gb ,,")).allowedCountries())
			.containsExactlyInAnyOrder("US", "GB");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			CODE_LENGTH            | 5                      | CODE_LENGTH must be between 6 and 10
			CODE_LENGTH            | 11                     | CODE_LENGTH must be between 6 and 10
			CODE_LENGTH            | six                    | CODE_LENGTH must be a whole number
			CODE_TTL_SECONDS       | 601                    | CODE_TTL_SECONDS must be between 30 and 600 seconds
			CODE_TTL_SECONDS       | 29                     | CODE_TTL_SECONDS must be between 30 and 600 seconds
			ALLOWED_COUNTRIES      | US,XX                  | ALLOWED_COUNTRIES 'XX' is not a known ISO 3166 region code
			SMS_TEMPLATE           | Your code is ready     | SMS_TEMPLATE must contain {code}
			SMS_SENDER_ID          | Much-Too-Long-Sender   | SMS_SENDER_ID must be 1-11 letters or digits
			SMS_ORIGINATION_NUMBER | 0123                   | SMS_ORIGINATION_NUMBER must be an E.164 number
			WEB_OTP_DOMAIN         | https://example.com/   | WEB_OTP_DOMAIN must be a lower-case host name
			""")
	void fromWhenAValueIsUnacceptableThenFailsNamingTheVariable(String name, String value, String message) {
		assertThatThrownBy(() -> TriggerSettings.from(Map.of(name, value))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith(message);
	}

}
