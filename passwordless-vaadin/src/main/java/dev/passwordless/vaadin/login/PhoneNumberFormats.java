package dev.passwordless.vaadin.login;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

/**
 * Phone numbers as people read them: formatted in full, the countries to choose from, and
 * an example number of each.
 */
public final class PhoneNumberFormats {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumberFormats() {
	}

	/**
	 * @param e164 a number in E.164 form
	 * @return the international format, e.g. {@code +1 202-555-0150}; the number as it is
	 * if it does not parse
	 */
	public static String international(String e164) {
		try {
			return UTIL.format(UTIL.parse(e164, null), PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return e164;
		}
	}

	/**
	 * @param e164 a number in E.164 form
	 * @return its region: an ISO 3166 code, {@code 001} for non-geographic numbers,
	 * {@code ZZ} if it does not parse
	 */
	public static String region(String e164) {
		try {
			return UTIL.getRegionCodeForNumber(UTIL.parse(e164, null));
		}
		catch (NumberParseException ex) {
			return "ZZ";
		}
	}

	/** The countries numbers can be typed for, by their name in the given language. */
	public static List<String> regions(Locale language) {
		return UTIL.getSupportedRegions()
			.stream()
			.sorted(Comparator.comparing((String region) -> countryName(region, language)))
			.toList();
	}

	/** E.g. "Germany (+49)", in the given language. */
	public static String countryLabel(String region, Locale language) {
		return countryName(region, language) + " (+" + UTIL.getCountryCodeForRegion(region) + ")";
	}

	/** A mobile number of the country as people there write it, e.g. "01512 3456789". */
	public static Optional<String> example(String region) {
		return Optional.ofNullable(UTIL.getExampleNumberForType(region, PhoneNumberType.MOBILE))
			.map((number) -> UTIL.format(number, PhoneNumberFormat.NATIONAL));
	}

	/** Whether numbers can be typed for the country. */
	public static boolean supported(String region) {
		return region != null && UTIL.getSupportedRegions().contains(region);
	}

	private static String countryName(String region, Locale language) {
		return Locale.of("", region).getDisplayCountry(language);
	}

}
