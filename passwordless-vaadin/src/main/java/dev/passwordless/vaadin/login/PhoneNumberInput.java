package dev.passwordless.vaadin.login;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.passwordless.vaadin.cognito.SignInProblem;

/**
 * Turns a number as people write it ("+44 7700 900123", "(415) 555-0123" with the country
 * chosen beside it) into E.164, or explains what is wrong. Only numbers that can receive
 * a text message pass: mobile numbers, and those a country does not tell apart from
 * landlines (the US, Canada).
 */
final class PhoneNumberInput {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private static final int MAX_LENGTH = 40;

	/**
	 * Letters other than an extension's marker: a vanity number such as 1-800-FLOWERS.
	 */
	private static final Pattern LETTERS = Pattern.compile("\\p{L}");

	private static final Pattern EXTENSION = Pattern
		.compile("(?i)(ext\\.?|extension|x|#|;ext=|durchwahl|dw\\.?)\\s*\\d+\\s*$");

	private PhoneNumberInput() {
	}

	/**
	 * @param typed what the person typed or pasted
	 * @param region the country chosen beside the number (ISO 3166 code), for numbers
	 * typed without their country code
	 * @param allowedCountries where texts may go: region codes, {@code 001} for
	 * non-geographic numbers
	 * @return the E.164 form
	 * @throws SignInProblem INVALID_INPUT with a message for the person who typed it
	 */
	static String toE164(String typed, String region, Set<String> allowedCountries) {
		if (typed == null || typed.isBlank()) {
			throw invalid("passwordless.phone.missing");
		}
		if (typed.length() > MAX_LENGTH) {
			throw invalid("passwordless.phone.too-long-text");
		}
		if (EXTENSION.matcher(typed.strip()).find()) {
			throw invalid("passwordless.phone.extension");
		}
		if (LETTERS.matcher(typed).find()) {
			throw invalid("passwordless.phone.letters");
		}
		PhoneNumber number = parse(typed, region);
		if (!UTIL.isValidNumber(number)) {
			throw invalid(UTIL.isPossibleNumber(number) ? "passwordless.phone.not-existing"
					: "passwordless.phone.wrong-length");
		}
		switch (UTIL.getNumberType(number)) {
			case MOBILE, FIXED_LINE_OR_MOBILE -> {
				// can receive a text message
			}
			case FIXED_LINE -> throw invalid("passwordless.phone.landline");
			case TOLL_FREE -> throw invalid("passwordless.phone.toll-free");
			case PREMIUM_RATE, SHARED_COST -> throw invalid("passwordless.phone.premium");
			default -> throw invalid("passwordless.phone.not-mobile");
		}
		if (!allowedCountries.contains(UTIL.getRegionCodeForNumber(number))) {
			throw invalid("passwordless.phone.country-not-allowed");
		}
		return UTIL.format(number, PhoneNumberFormat.E164);
	}

	/** The problem with a number as typed, if any. */
	static Optional<SignInProblem> problem(String typed, String region, Set<String> allowedCountries) {
		try {
			toE164(typed, region, allowedCountries);
			return Optional.empty();
		}
		catch (SignInProblem problem) {
			return Optional.of(problem);
		}
	}

	private static PhoneNumber parse(String typed, String region) {
		try {
			return UTIL.parse(typed, region);
		}
		catch (NumberParseException ex) {
			throw switch (ex.getErrorType()) {
				case INVALID_COUNTRY_CODE -> invalid("passwordless.phone.unknown-country-code");
				case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> invalid("passwordless.phone.too-short");
				case TOO_LONG -> invalid("passwordless.phone.too-long");
				default -> invalid("passwordless.phone.not-a-number");
			};
		}
	}

	private static SignInProblem invalid(String key) {
		return new SignInProblem(SignInProblem.Kind.INVALID_INPUT, key);
	}

}
