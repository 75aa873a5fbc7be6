package dev.passwordless.triggers.sms;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Renders the SMS that carries a code in the person's language, and makes sure at
 * start-up that every message of every language fits one SMS segment: 160 GSM-7
 * characters (extension characters count twice), or 70 UTF-16 units when the text needs
 * UCS-2.
 *
 * <p>
 * The texts are {@code messages_<language>.properties} beside this class, one file per
 * language of {@link #LANGUAGES}, read once at start-up. A person's {@code locale}
 * attribute ({@code de}, {@code de-DE}, {@code de_AT}...) picks the language by its
 * primary subtag; anything else, or none, gets the first language, English. The texts
 * name the app ({@link #APP_PLACEHOLDER}); with a web domain the last line is
 * {@code @domain #code}, the origin-bound format browsers read for one-time-code autofill
 * (WebOTP).
 */
public final class SmsText {

	/** Where a text puts the code. */
	public static final String CODE_PLACEHOLDER = "{code}";

	/** Where a text may put the code's lifetime in minutes. */
	public static final String MINUTES_PLACEHOLDER = "{minutes}";

	/** Where a text may put the app's name. */
	public static final String APP_PLACEHOLDER = "{app}";

	/**
	 * The languages with a text of their own (ISO 639-1); the first is the one everybody
	 * else gets.
	 */
	public static final List<String> LANGUAGES = List.of("en", "de");

	/** The key of the text for a lifetime of several minutes. */
	static final String CODE_KEY = "code";

	/** The key of the text for a lifetime of one minute. */
	static final String ONE_MINUTE_KEY = "code.one-minute";

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

	/** Per language, the text with the app and the minutes in place. */
	private final Map<String, String> templates;

	private final Optional<String> webOtpDomain;

	/**
	 * @param englishTemplate a text that replaces the built-in English one (the
	 * {@code SMS_TEMPLATE} setting), if any
	 * @param appName the app's name
	 * @param codeLength digits per code
	 * @param codeTtl how long a code is valid
	 * @param webOtpDomain the domain of the autofill line, if any
	 * @throws IllegalArgumentException when the longest message of a language does not
	 * fit one segment
	 */
	public SmsText(Optional<String> englishTemplate, String appName, int codeLength, Duration codeTtl,
			Optional<String> webOtpDomain) {
		long minutes = Math.max(1, codeTtl.toMinutes());
		Map<String, String> templates = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			String template = (englishTemplate.isPresent() && language.equals(LANGUAGES.getFirst()))
					? englishTemplate.get()
					: BuiltIn.TEXTS.get(language).getProperty((minutes == 1) ? ONE_MINUTE_KEY : CODE_KEY);
			templates.put(language,
					template.replace(APP_PLACEHOLDER, appName).replace(MINUTES_PLACEHOLDER, Long.toString(minutes)));
		}
		this.templates = Map.copyOf(templates);
		this.webOtpDomain = webOtpDomain;
		checkFits(codeLength);
	}

	/**
	 * Checks that every message of these settings fits one segment, for the settings'
	 * start-up check.
	 * @return the first language whose longest message does not fit, or empty when all
	 * fit
	 */
	public static Optional<Overflow> overflow(Optional<String> englishTemplate, String appName, int codeLength,
			Duration codeTtl, Optional<String> webOtpDomain) {
		try {
			new SmsText(englishTemplate, appName, codeLength, codeTtl, webOtpDomain);
			return Optional.empty();
		}
		catch (OverflowException ex) {
			return Optional.of(ex.overflow);
		}
	}

	/**
	 * The message carrying this code, in the language of this locale.
	 * @param locale the person's {@code locale} attribute, e.g. {@code de-DE}; null or
	 * unknown for English
	 * @param code the code
	 * @return the whole SMS
	 */
	public String render(String locale, String code) {
		String text = this.templates.get(language(locale)).replace(CODE_PLACEHOLDER, code);
		return this.webOtpDomain.isPresent() ? text + "\n\n@" + this.webOtpDomain.get() + " #" + code : text;
	}

	/**
	 * The language a locale gets: its primary subtag when there is a text in it,
	 * otherwise the first of {@link #LANGUAGES}.
	 * @param locale a BCP 47 tag or Java locale name, or null
	 * @return one of {@link #LANGUAGES}
	 */
	public static String language(String locale) {
		if (locale == null) {
			return LANGUAGES.getFirst();
		}
		String tag = locale.strip();
		int end = 0;
		while (end < tag.length() && tag.charAt(end) != '-' && tag.charAt(end) != '_') {
			end++;
		}
		String primary = tag.substring(0, end).toLowerCase(Locale.ROOT);
		return LANGUAGES.contains(primary) ? primary : LANGUAGES.getFirst();
	}

	/** Whether a text uses only the GSM 7-bit alphabet (so one SMS holds 160). */
	public static boolean isGsm7(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (GSM_BASIC.indexOf(text.charAt(i)) < 0 && GSM_EXTENSION.indexOf(text.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The built-in texts of every language, read once (the settings' check and the issuer
	 * both make a text).
	 */
	private static final class BuiltIn {

		static final Map<String, Properties> TEXTS = read();

		private static Map<String, Properties> read() {
			Map<String, Properties> texts = new HashMap<>();
			for (String language : LANGUAGES) {
				texts.put(language, texts(language));
			}
			return Map.copyOf(texts);
		}

	}

	/** The built-in texts of one language, as its file holds them. */
	static Properties texts(String language) {
		Properties texts = new Properties();
		try (InputStream in = SmsText.class.getResourceAsStream("messages_" + language + ".properties")) {
			if (in == null) {
				throw new IllegalStateException("no SMS texts for language " + language);
			}
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @throws OverflowException for the first language whose longest message does not fit
	 */
	private void checkFits(int codeLength) {
		for (String language : LANGUAGES) {
			String longest = render(language, "0".repeat(codeLength));
			boolean gsm7 = isGsm7(longest);
			int length = gsm7 ? gsm7Length(longest) : longest.length();
			int limit = gsm7 ? 160 : 70;
			if (length > limit) {
				throw new OverflowException(new Overflow(language, length, limit));
			}
		}
	}

	private static int gsm7Length(String text) {
		int length = 0;
		for (int i = 0; i < text.length(); i++) {
			length += (GSM_EXTENSION.indexOf(text.charAt(i)) >= 0) ? 2 : 1;
		}
		return length;
	}

	/**
	 * A language whose longest message does not fit one segment.
	 *
	 * @param language the language
	 * @param length the message's length in GSM-7 septets or UTF-16 units
	 * @param limit 160 (GSM-7) or 70 (UCS-2)
	 */
	public record Overflow(String language, int length, int limit) {

		/** Whether the text needs UCS-2, which holds only 70 characters. */
		public boolean unicode() {
			return this.limit == 70;
		}

		/**
		 * For a message after a setting's name, e.g. "makes the German SMS 163
		 * characters...".
		 */
		public String describe() {
			return "makes the " + Locale.forLanguageTag(this.language).getDisplayLanguage(Locale.ENGLISH) + " SMS "
					+ this.length + " characters; one SMS holds "
					+ (unicode() ? "70 characters when one is not in the GSM-7 alphabet" : "160 GSM-7 characters")
					+ " (the longest code and the web OTP line included)";
		}

	}

	private static final class OverflowException extends IllegalArgumentException {

		private final transient Overflow overflow;

		OverflowException(Overflow overflow) {
			super(overflow.describe());
			this.overflow = overflow;
		}

	}

}
