package dev.passwordless.triggers.sms;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import dev.passwordless.triggers.TriggerEnvironment;
import dev.passwordless.triggers.settings.TriggerSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmsTextTest {

	@Test
	void renderWhenDefaultsThenFitsOneGsm7Segment() {
		String text = text(Map.of()).render("123456");
		assertThat(text).isEqualTo("Your sign-in code is 123456. It expires in 5 minutes.");
		assertThat(SmsText.isGsm7(text)).isTrue();
	}

	@Test
	void renderWhenLongestDomainAndCodeStillFitThenAccepts() {
		String text = text(
				Map.of(TriggerEnvironment.CODE_LENGTH, "10", TriggerEnvironment.WEB_OTP_DOMAIN, "login.example.com"))
			.render("0123456789");
		assertThat(text).hasSizeLessThanOrEqualTo(160).endsWith("@login.example.com #0123456789");
	}

	@Test
	void newWhenTemplateMakesMoreThanOneGsm7SegmentThenFailsAtStartUp() {
		assertThatThrownBy(() -> text(Map.of(TriggerEnvironment.SMS_TEMPLATE, "x".repeat(155) + "{code}")))
			.hasMessageContaining("SMS_TEMPLATE makes a message of 161")
			.hasMessageContaining("one SMS holds 160 GSM-7 characters");
	}

	@Test
	void newWhenExtensionCharactersPushPastTheLimitThenCountsThemTwice() {
		// 159 characters, but each '€' takes two GSM-7 septets: 162
		String template = "x".repeat(150) + "{code}€€€";
		assertThatThrownBy(() -> text(Map.of(TriggerEnvironment.SMS_TEMPLATE, template)))
			.hasMessageContaining("makes a message of 162");
	}

	@Test
	void newWhenTemplateNeedsUnicodeThenAllowsOnlySeventyCharacters() {
		assertThat(text(Map.of(TriggerEnvironment.SMS_TEMPLATE, "Ваш код {code}")).render("123456"))
			.isEqualTo("Ваш код 123456");
		assertThatThrownBy(
				() -> text(Map.of(TriggerEnvironment.SMS_TEMPLATE, "Ваш код для входа: {code}. " + "ж".repeat(50))))
			.hasMessageContaining("one SMS holds 70 characters");
	}

	@Test
	void newWhenTheSettingsAreBypassedThenStillRefusesATextLongerThanOneSegment() {
		assertThatThrownBy(() -> new SmsText("x".repeat(155) + "{code}", 6, Duration.ofMinutes(5), Optional.empty()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("makes a message of 161");
	}

	/** The text as the triggers make it: from settings checked at start-up. */
	private static SmsText text(Map<String, String> environment) {
		TriggerSettings settings = TriggerSettings.from(environment);
		return new SmsText(settings.smsTemplate(), settings.codeLength(), settings.codeTtl(), settings.webOtpDomain());
	}

}
