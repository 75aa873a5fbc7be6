package dev.passwordless.triggers;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone number rules shared by the triggers: E.164 validation with libphonenumber, the
 * country allowlist, and the masked form that is the only form ever shown or logged.
 */
final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * Checks a number as Cognito stores it.
	 * @param number the {@code phone_number} attribute
	 * @param allowedCountries allowed region codes, empty for all
	 * @return what is wrong with it, in words for the person who typed it, or empty when
	 * it is fine
	 */
	static Optional<String> problem(String number, Set<String> allowedCountries) {
		if (number == null || number.isBlank()) {
			return Optional.of("Enter a phone number");
		}
		if (number.length() > 16 || !number.startsWith("+")) {
			return Optional.of("Enter the phone number in international format, like +14155550123");
		}
		PhoneNumber parsed;
		try {
			parsed = UTIL.parse(number, null);
		}
		catch (NumberParseException ex) {
			return Optional.of("Enter the phone number in international format, like +14155550123");
		}
		if (!UTIL.isValidNumber(parsed)) {
			return Optional.of("This is not a valid phone number");
		}
		if (!UTIL.format(parsed, PhoneNumberFormat.E164).equals(number)) {
			return Optional.of("Enter the phone number in international format without spaces, like +14155550123");
		}
		String region = UTIL.getRegionCodeForNumber(parsed);
		if (!allowedCountries.isEmpty() && !allowedCountries.contains(region)) {
			return Optional.of("Phone numbers from " + countryName(region) + " are not supported");
		}
		return Optional.empty();
	}

	/**
	 * The country of a number.
	 * @param number an E.164 number
	 * @return its ISO 3166 region code, or empty when it has none or does not parse
	 */
	static Optional<String> region(String number) {
		try {
			return Optional.ofNullable(UTIL.getRegionCodeForNumber(UTIL.parse(number, null)))
				.filter((region) -> !PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
						&& !"ZZ".equals(region));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The masked form: {@code +} and stars, then the last digits (2 for numbers of up to
	 * 7 digits, 3 for up to 9, otherwise 4), e.g. {@code +*******0123}.
	 * @param number an E.164 number, or anything else (masked entirely)
	 * @return the masked number
	 */
	static String mask(String number) {
		if (number == null || number.length() < 4) {
			return "+**";
		}
		String digits = number.startsWith("+") ? number.substring(1) : number;
		int shown = (digits.length() <= 7) ? 2 : (digits.length() <= 9) ? 3 : 4;
		return "+" + "*".repeat(digits.length() - shown) + digits.substring(digits.length() - shown);
	}

	private static String countryName(String region) {
		if (region == null || PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)) {
			return "this number range";
		}
		return Locale.of("", region).getDisplayCountry(Locale.ENGLISH);
	}

}
