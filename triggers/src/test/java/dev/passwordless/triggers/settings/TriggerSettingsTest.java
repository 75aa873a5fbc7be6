package dev.passwordless.triggers.settings;

import java.time.Duration;
import java.util.Map;

import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.TriggerEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TriggerSettingsTest {

	@Test
	void fromWhenOnlyTheCountriesAreSetThenUsesTheDefaults() {
		TriggerSettings settings = TriggerSettings.from(Map.of(TriggerSettingNames.ALLOWED_COUNTRIES, "US"));
		assertThat(settings.allowedCountries()).containsExactly("US");
		assertThat(settings.codeLength()).isEqualTo(6);
		assertThat(settings.codeTtl()).isEqualTo(Duration.ofMinutes(5));
		assertThat(settings.webOtpDomain()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", " , " })
	void fromWhenNoCountriesAreListedThenRefusesToStartSayingWhatToSet(String countries) {
		assertThatThrownBy(() -> TriggerSettings.from(Map.of(TriggerSettingNames.ALLOWED_COUNTRIES, countries)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("ALLOWED_COUNTRIES must list the countries whose numbers may sign up and receive "
					+ "codes, as ISO 3166 codes like US,GB (add 001 for non-geographic numbers");
		assertThatThrownBy(() -> TriggerSettings.from(Map.of())).hasMessageStartingWith("ALLOWED_COUNTRIES must list");
	}

	@Test
	void fromWhenTheListHoldsTheNonGeographicRegionThenAcceptsIt() {
		assertThat(TriggerSettings.from(Map.of(TriggerSettingNames.ALLOWED_COUNTRIES, "GB,001")).allowedCountries())
			.containsExactlyInAnyOrder("GB", TriggerSettings.NON_GEOGRAPHIC);
	}

	@Test
	void fromWhenCountriesAreListedThenNormalisesThem() {
		assertThat(TestSettings.from(Map.of(TriggerSettingNames.ALLOWED_COUNTRIES, " us,gb ,,")).allowedCountries())
			.containsExactlyInAnyOrder("US", "GB");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
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
					APP_NAME               | -Example               | APP_NAME must be 1-25 letters, digits, spaces or . & ' -
					APP_NAME               | Example!               | APP_NAME must be 1-25 letters, digits, spaces or . & ' -
					APP_NAME               | Visit example.com/x    | APP_NAME must be 1-25 letters, digits, spaces or . & ' -
					APP_NAME               | The App of the Municipality | APP_NAME must be 1-25 letters, digits, spaces or . & ' -
					APP_NAME               | {code}                 | APP_NAME must be 1-25 letters, digits, spaces or . & ' -
					SEND_COOLDOWN_SECONDS  | -1                     | SEND_COOLDOWN_SECONDS must be between 0 and 3600 seconds
					SEND_COOLDOWN_SECONDS  | 3601                   | SEND_COOLDOWN_SECONDS must be between 0 and 3600 seconds
					SENDS_PER_HOUR         | 0                      | SENDS_PER_HOUR must be between 1 and 100
					SENDS_PER_HOUR         | 101                    | SENDS_PER_HOUR must be between 1 and 100
					DAILY_SMS_BUDGET       | 0                      | DAILY_SMS_BUDGET must be between 1 and 10000000
					DAILY_SMS_BUDGET       | lots                   | DAILY_SMS_BUDGET must be a whole number
					RESERVED_BUDGET_PERCENT | 91                    | RESERVED_BUDGET_PERCENT must be between 0 and 90
					RESERVED_BUDGET_PERCENT | -1                    | RESERVED_BUDGET_PERCENT must be between 0 and 90
					TEST_CODE              | 123456                 | TEST_NUMBERS must be set together with TEST_CODE
					""")
	void fromWhenAValueIsUnacceptableThenFailsNamingTheVariable(String name, String value, String message) {
		assertThatThrownBy(() -> TestSettings.from(Map.of(name, value))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith(message);
	}

	@Test
	void fromWhenNoAppNameIsSetThenTheSmsNamesTheNeutralDefault() {
		assertThat(TestSettings.defaults().appName()).isEqualTo("SMS sign-in");
		assertThat(TestSettings.from(Map.of(TriggerSettingNames.APP_NAME, " Müller & Söhne ")).appName())
			.isEqualTo("Müller & Söhne");
	}

	@Test
	void fromWhenTheWebDomainIsLongerThanAnSmsAllowsThenFailsNamingIt() {
		String domain = "a".repeat(TriggerSettings.MAX_WEB_OTP_DOMAIN - 3) + ".com";
		assertThatThrownBy(() -> TestSettings.from(Map.of(TriggerSettingNames.WEB_OTP_DOMAIN, domain)))
			.hasMessage("WEB_OTP_DOMAIN must be at most 60 characters, so that the SMS fits one segment");
	}

	@Test
	void checkWhenTheSmsWouldNotFitThenRefusesAtSynthNamingTheSetting() {
		assertThatThrownBy(() -> TriggerEnvironment.check(TestSettings.environment(Map.of(TriggerSettingNames.APP_NAME,
				"Ζωή Ελληνική Εταιρεία", TriggerSettingNames.WEB_OTP_DOMAIN, "app.example.com"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("APP_NAME makes the English SMS");
	}

	@Test
	void fromWhenNothingIsSetThenUsesTheDefaultLimitsAndNoTestNumbers() {
		TriggerSettings settings = TestSettings.defaults();
		assertThat(settings.sendCooldown()).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.sendsPerHour()).isEqualTo(10);
		assertThat(settings.dailySmsBudget()).isEqualTo(1000);
		assertThat(settings.reservedBudgetPercent()).isEqualTo(50);
		assertThat(settings.reservedSms()).isEqualTo(500);
		assertThat(settings.testNumbers()).isEmpty();
		assertThat(settings.isTestNumber("+14155550123")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "+12025550100", "+12025550199", "+19995550142", "+447700900000", "+447700900999" })
	void fromWhenTestNumbersAreFictionalThenAcceptsThem(String number) {
		TriggerSettings settings = TestSettings
			.from(Map.of(TriggerSettingNames.TEST_NUMBERS, number, TriggerSettingNames.TEST_CODE, "123456"));
		assertThat(settings.isTestNumber(number)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "+12025550200", "+12025550099", "+11235550142", "+447700901000", "+447400123456",
			"+4915112345678", "12025550142" })
	void fromWhenATestNumberIsNotFictionalThenRefusesToStartWithoutShowingIt(String number) {
		assertThatThrownBy(() -> TestSettings.from(Map.of(TriggerSettingNames.TEST_NUMBERS, "+12025550142," + number,
				TriggerSettingNames.TEST_CODE, "123456")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("TEST_NUMBERS may only hold numbers reserved for fiction")
			.hasMessageNotContaining(number.substring(1));
	}

	@Test
	void fromWhenTestNumbersHaveNoCodeOrAWrongOneThenRefusesToStart() {
		assertThatThrownBy(() -> TestSettings.from(Map.of(TriggerSettingNames.TEST_NUMBERS, "+12025550142")))
			.hasMessage("TEST_CODE must be set together with TEST_NUMBERS");
		assertThatThrownBy(() -> TestSettings
			.from(Map.of(TriggerSettingNames.TEST_NUMBERS, "+12025550142", TriggerSettingNames.TEST_CODE, "12345a")))
			.hasMessage("TEST_CODE must be 6 digits");
	}

	@Test
	void reservedSmsWhenTheShareIsNotAWholeNumberOfSmsThenRoundsUpSoThatAtLeastThatShareIsKept() {
		assertThat(TestSettings.from(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "3")).reservedSms()).isEqualTo(2);
		assertThat(TestSettings
			.from(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "7", TriggerSettingNames.RESERVED_BUDGET_PERCENT, "90"))
			.reservedSms()).isEqualTo(7);
		assertThat(TestSettings.from(Map.of(TriggerSettingNames.RESERVED_BUDGET_PERCENT, "0")).reservedSms()).isZero();
	}

}
