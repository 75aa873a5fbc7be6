package dev.passwordless.triggers.sms;

import java.time.Duration;
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
public final class SmsText {

	/** Where the template puts the code. */
	public static final String CODE_PLACEHOLDER = "{code}";

	/** Where the template may put the code's lifetime in minutes. */
	public static final String MINUTES_PLACEHOLDER = "{minutes}";

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

	private final String template;

	private final Optional<String> webOtpDomain;

	/**
	 * @param template the text with {@link #CODE_PLACEHOLDER} and optionally
	 * {@link #MINUTES_PLACEHOLDER}
	 * @param codeLength digits per code
	 * @param codeTtl how long a code is valid
	 * @param webOtpDomain the domain of the autofill line, if any
	 * @throws IllegalArgumentException when the longest message does not fit one segment
	 */
	public SmsText(String template, int codeLength, Duration codeTtl, Optional<String> webOtpDomain) {
		this.template = template.replace(MINUTES_PLACEHOLDER, Long.toString(Math.max(1, codeTtl.toMinutes())));
		this.webOtpDomain = webOtpDomain;
		String longest = render("0".repeat(codeLength));
		int limit = isGsm7(longest) ? 160 : 70;
		int length = isGsm7(longest) ? gsm7Length(longest) : longest.length();
		if (length > limit) {
			throw new IllegalArgumentException("makes a message of " + length + " characters; one SMS holds " + limit
					+ (isGsm7(longest) ? " GSM-7 characters" : " characters") + " (the web OTP line included)");
		}
	}

	/**
	 * Checks that every message of these settings fits one segment, for the settings'
	 * start-up check.
	 * @return what is wrong, or empty when it fits
	 */
	public static Optional<String> problem(String template, int codeLength, Duration codeTtl,
			Optional<String> webOtpDomain) {
		try {
			new SmsText(template, codeLength, codeTtl, webOtpDomain);
			return Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.of(ex.getMessage());
		}
	}

	/** The message carrying this code. */
	public String render(String code) {
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
