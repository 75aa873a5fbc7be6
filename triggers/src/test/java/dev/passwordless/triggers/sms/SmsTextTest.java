package dev.passwordless.triggers.sms;

import java.io.File;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import dev.passwordless.rules.AppName;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.settings.TestSettings;
import dev.passwordless.triggers.settings.TriggerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmsTextTest {

	@Test
	void renderWhenDefaultsThenNamesTheAppAndFitsOneGsm7Segment() {
		String text = text(Map.of()).render(null, "123456");
		assertThat(text).isEqualTo("123456 is your SMS sign-in code. It expires in 5 minutes.");
		assertThat(SmsText.isGsm7(text)).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			de      | de
			de-DE   | de
			DE_at   | de
			' de-CH'| de
			en      | en
			en-GB   | en
			fr      | en
			deu     | en
			''      | en
			-de     | en
			""")
	void languageWhenALocaleIsGivenThenPicksItsPrimaryLanguageOrEnglish(String locale, String language) {
		assertThat(SmsText.language(locale)).isEqualTo(language);
	}

	@Test
	void languageWhenNoLocaleThenEnglish() {
		assertThat(SmsText.language(null)).isEqualTo("en");
	}

	@Test
	void renderWhenTheCodeLivesOneMinuteThenSaysMinuteInTheSingular() {
		SmsText text = text(Map.of(TriggerSettingNames.CODE_TTL_SECONDS, "90"));
		assertThat(text.render("en", "123456")).isEqualTo("123456 is your SMS sign-in code. It expires in 1 minute.");
		assertThat(text.render("de", "123456"))
			.isEqualTo("123456 ist Ihr Code für SMS sign-in. Er ist 1 Minute gültig.");
	}

	@Test
	void textsWhenAnyLanguageLacksAKeyOfTheEnglishTextThenFails() {
		Properties english = SmsText.texts("en");
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrder(SmsText.CODE_KEY, SmsText.ONE_MINUTE_KEY);
		for (String language : SmsText.LANGUAGES) {
			Properties texts = SmsText.texts(language);
			assertThat(texts.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
			assertThat(texts.stringPropertyNames()).allSatisfy((key) -> assertThat(texts.getProperty(key)).as(language)
				.contains(SmsText.CODE_PLACEHOLDER, SmsText.APP_PLACEHOLDER));
		}
	}

	@Test
	void textsWhenAFileOfALanguageIsShippedThenTheLanguageIsListed() throws URISyntaxException {
		File folder = new File(SmsText.class.getResource("messages_en.properties").toURI()).getParentFile();
		assertThat(Arrays.stream(folder.list()).filter((name) -> name.startsWith("messages_")))
			.map((name) -> name.substring("messages_".length(), name.length() - ".properties".length()))
			.containsExactlyInAnyOrderElementsOf(SmsText.LANGUAGES);
	}

	@ParameterizedTest
	@ValueSource(ints = { 60, 600 })
	void renderWhenTheLongestAppNameCodeAndDomainThenEveryLanguageFitsOneGsm7Segment(int ttlSeconds) {
		String appName = "W".repeat(AppName.MAX_APP_NAME);
		String domain = "a".repeat(TriggerSettings.MAX_WEB_OTP_DOMAIN - 4) + ".com";
		SmsText text = text(Map.of(TriggerSettingNames.APP_NAME, appName, TriggerSettingNames.CODE_LENGTH, "10",
				TriggerSettingNames.CODE_TTL_SECONDS, Integer.toString(ttlSeconds), TriggerSettingNames.WEB_OTP_DOMAIN,
				domain));
		for (String language : SmsText.LANGUAGES) {
			String sms = text.render(language, "0123456789");
			assertThat(SmsText.isGsm7(sms)).as(language).isTrue();
			assertThat(sms).as(language).hasSizeLessThanOrEqualTo(160).contains(appName).endsWith("#0123456789");
		}
	}

	@Test
	void newWhenTheEnglishTemplateMakesMoreThanOneGsm7SegmentThenFailsAtStartUpNamingIt() {
		assertThatThrownBy(() -> text(Map.of(TriggerSettingNames.SMS_TEMPLATE, "x".repeat(155) + "{code}")))
			.hasMessageStartingWith("SMS_TEMPLATE makes the English SMS 161 characters")
			.hasMessageContaining("one SMS holds 160 GSM-7 characters");
	}

	@Test
	void newWhenACustomEnglishTemplateIsSetThenGermanKeepsItsOwnText() {
		SmsText text = text(
				Map.of(TriggerSettingNames.SMS_TEMPLATE, "{app}: {code}", TriggerSettingNames.APP_NAME, "Example"));
		assertThat(text.render("en-US", "123456")).isEqualTo("Example: 123456");
		assertThat(text.render("de", "123456")).isEqualTo("123456 ist Ihr Code für Example. Er ist 5 Minuten gültig.");
	}

	@Test
	void newWhenExtensionCharactersPushPastTheLimitThenCountsThemTwice() {
		// 159 characters, but each '€' takes two GSM-7 septets: 162
		String template = "x".repeat(150) + "{code}€€€";
		assertThatThrownBy(() -> text(Map.of(TriggerSettingNames.SMS_TEMPLATE, template)))
			.hasMessageContaining("makes the English SMS 162 characters");
	}

	@Test
	void newWhenTheEnglishTemplateNeedsUnicodeThenAllowsOnlySeventyCharacters() {
		assertThat(text(Map.of(TriggerSettingNames.SMS_TEMPLATE, "Ваш код {code}")).render("en", "123456"))
			.isEqualTo("Ваш код 123456");
		assertThatThrownBy(
				() -> text(Map.of(TriggerSettingNames.SMS_TEMPLATE, "Ваш код для входа: {code}. " + "ж".repeat(50))))
			.hasMessageStartingWith("SMS_TEMPLATE makes the English SMS")
			.hasMessageContaining("one SMS holds 70 characters when one is not in the GSM-7 alphabet");
	}

	@Test
	void newWhenAnAppNameOutsideGsm7MakesAnSmsTooLongThenFailsNamingTheAppName() {
		assertThat(text(Map.of(TriggerSettingNames.APP_NAME, "Zoë")).render("de", "123456"))
			.isEqualTo("123456 ist Ihr Code für Zoë. Er ist 5 Minuten gültig.");
		assertThatThrownBy(() -> text(
				Map.of(TriggerSettingNames.APP_NAME, "Zoë", TriggerSettingNames.WEB_OTP_DOMAIN, "login.example.com")))
			.hasMessageStartingWith("APP_NAME makes the English SMS")
			.hasMessageContaining("70 characters");
	}

	@Test
	void newWhenTheSettingsAreBypassedThenStillRefusesATextLongerThanOneSegment() {
		assertThatThrownBy(() -> new SmsText(Optional.of("x".repeat(155) + "{code}"), "App", 6, Duration.ofMinutes(5),
				Optional.empty()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("makes the English SMS 161 characters");
	}

	/** The text as the triggers make it: from settings checked at start-up. */
	private static SmsText text(Map<String, String> environment) {
		TriggerSettings settings = TestSettings.from(environment);
		return new SmsText(settings.smsTemplate(), settings.appName(), settings.codeLength(), settings.codeTtl(),
				settings.webOtpDomain());
	}

}
