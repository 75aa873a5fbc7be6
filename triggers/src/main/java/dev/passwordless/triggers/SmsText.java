package dev.passwordless.triggers;

import java.util.Optional;

/**
 * Renders the SMS that carries a code, and makes sure at start-up that it always fits in
 * one SMS segment: 160 GSM-7 characters (extension characters count twice), or 70 UTF-16
 * units when the text needs UCS-2.
 *
 * <p>
 * With a web domain the last line is {@code @domain #code}, the origin-bound format
 * browsers read for one-time-code autofill (WebOTP).
 */
final class SmsText {

	static final String CODE_PLACEHOLDER = "{code}";

	static final String MINUTES_PLACEHOLDER = "{minutes}";

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

	private final String template;

	private final Optional<String> webOtpDomain;

	SmsText(TriggerSettings settings) {
		this.template = settings.smsTemplate()
			.replace(MINUTES_PLACEHOLDER, Long.toString(Math.max(1, settings.codeTtl().toMinutes())));
		this.webOtpDomain = settings.webOtpDomain();
		String longest = render("0".repeat(settings.codeLength()));
		int limit = isGsm7(longest) ? 160 : 70;
		int length = isGsm7(longest) ? gsm7Length(longest) : longest.length();
		if (length > limit) {
			throw new IllegalArgumentException(TriggerEnvironment.SMS_TEMPLATE + " makes a message of " + length
					+ " characters; one SMS holds " + limit + (isGsm7(longest) ? " GSM-7 characters" : " characters")
					+ " (the web OTP line included)");
		}
	}

	String render(String code) {
		String text = this.template.replace(CODE_PLACEHOLDER, code);
		return this.webOtpDomain.map((domain) -> text + "\n\n@" + domain + " #" + code).orElse(text);
	}

	static boolean isGsm7(String text) {
		return text.chars().allMatch((c) -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
	}

	private static int gsm7Length(String text) {
		return text.chars().map((c) -> (GSM_EXTENSION.indexOf(c) >= 0) ? 2 : 1).sum();
	}

}
