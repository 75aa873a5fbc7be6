package dev.passwordless.triggers.signup;

import java.util.Optional;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.passwordless.rules.Refusal;

/**
 * Phone number rules of the triggers: E.164 validation with libphonenumber and the
 * country allowlist, applied at sign-up and again before each SMS. (The masked form, the
 * only one ever logged, is {@code PhoneMask}.)
 */
public final class PhoneNumbers {

	/**
	 * Loaded at first use: its metadata costs start-up time a send to any country does
	 * not need.
	 */
	private static final class Util {

		private static final PhoneNumberUtil INSTANCE = PhoneNumberUtil.getInstance();

	}

	private PhoneNumbers() {
	}

	/**
	 * Checks a number as Cognito stores it.
	 * @param number the {@code phone_number} attribute
	 * @param allowedCountries allowed region codes, empty for all
	 * @return what is wrong with it, or empty when it is fine
	 */
	static Optional<Refusal.Reason> problem(String number, Set<String> allowedCountries) {
		if (number == null || number.length() > 16 || !number.startsWith("+")) {
			return Optional.of(Refusal.Reason.PHONE_INVALID);
		}
		PhoneNumber parsed;
		try {
			parsed = Util.INSTANCE.parse(number, null);
		}
		catch (NumberParseException ex) {
			return Optional.of(Refusal.Reason.PHONE_INVALID);
		}
		if (!Util.INSTANCE.isValidNumber(parsed)
				|| !Util.INSTANCE.format(parsed, PhoneNumberFormat.E164).equals(number)) {
			return Optional.of(Refusal.Reason.PHONE_INVALID);
		}
		if (!allowedCountries.isEmpty() && !allowedCountries.contains(Util.INSTANCE.getRegionCodeForNumber(parsed))) {
			return Optional.of(Refusal.Reason.PHONE_COUNTRY_NOT_ALLOWED);
		}
		return Optional.empty();
	}

	/**
	 * Whether a number's country is on the allowlist (checked again before each SMS, so a
	 * shortened list applies to numbers registered before).
	 * @param number an E.164 number
	 * @param allowedCountries allowed region codes, empty for all
	 * @return true when the list is empty or holds the number's region
	 */
	public static boolean isInAllowedCountry(String number, Set<String> allowedCountries) {
		return allowedCountries.isEmpty() || region(number).filter(allowedCountries::contains).isPresent();
	}

	private static Optional<String> region(String number) {
		try {
			return Optional.ofNullable(Util.INSTANCE.getRegionCodeForNumber(Util.INSTANCE.parse(number, null)))
				.filter((region) -> !PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
						&& !"ZZ".equals(region));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
