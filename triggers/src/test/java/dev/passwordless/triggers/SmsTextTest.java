package dev.passwordless.triggers;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmsTextTest {

	@Test
	void renderWhenDefaultsThenFitsOneGsm7Segment() {
		String text = new SmsText(TriggerSettings.defaults()).render("123456");
		assertThat(text).isEqualTo("Your sign-in code is 123456. It expires in 5 minutes.");
		assertThat(SmsText.isGsm7(text)).isTrue();
	}

	@Test
	void renderWhenLongestDomainAndCodeStillFitThenAccepts() {
		TriggerSettings settings = TriggerSettings
			.from(Map.of(TriggerEnvironment.CODE_LENGTH, "10", TriggerEnvironment.WEB_OTP_DOMAIN, "login.example.com"));
		String text = new SmsText(settings).render("0123456789");
		assertThat(text).hasSizeLessThanOrEqualTo(160).endsWith("@login.example.com #0123456789");
	}

	@Test
	void newWhenTemplateMakesMoreThanOneGsm7SegmentThenFailsAtStartUp() {
		TriggerSettings settings = TriggerSettings
			.from(Map.of(TriggerEnvironment.SMS_TEMPLATE, "x".repeat(155) + "{code}"));
		assertThatThrownBy(() -> new SmsText(settings)).hasMessageContaining("SMS_TEMPLATE makes a message of 161")
			.hasMessageContaining("one SMS holds 160 GSM-7 characters");
	}

	@Test
	void newWhenExtensionCharactersPushPastTheLimitThenCountsThemTwice() {
		// 159 characters, but each '€' takes two GSM-7 septets: 162
		String template = "x".repeat(150) + "{code}€€€";
		TriggerSettings settings = TriggerSettings.from(Map.of(TriggerEnvironment.SMS_TEMPLATE, template));
		assertThatThrownBy(() -> new SmsText(settings)).hasMessageContaining("makes a message of 162");
	}

	@Test
	void newWhenTemplateNeedsUnicodeThenAllowsOnlySeventyCharacters() {
		TriggerSettings fits = TriggerSettings.from(Map.of(TriggerEnvironment.SMS_TEMPLATE, "Ваш код {code}"));
		assertThat(new SmsText(fits).render("123456")).isEqualTo("Ваш код 123456");
		TriggerSettings tooLong = TriggerSettings
			.from(Map.of(TriggerEnvironment.SMS_TEMPLATE, "Ваш код для входа: {code}. " + "ж".repeat(50)));
		assertThatThrownBy(() -> new SmsText(tooLong)).hasMessageContaining("one SMS holds 70 characters");
	}

}
