package dev.passwordless.triggers.signup;

import java.util.Optional;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.passwordless.rules.Refusal;

/**
 * Phone number rules of the triggers, applied at sign-up and again before each SMS (so
 * that a shortened list, or a stricter rule, applies to numbers registered before): a
 * valid E.164 number (libphonenumber), of a type that receives SMS at a normal price
 * (mobile, or "fixed line or mobile" where the two cannot be told apart, as in North
 * America; never premium-rate, shared-cost, toll-free, VoIP, pager, personal, UAN,
 * voicemail, landline), from a country on the allowlist. Non-geographic numbers (region
 * {@value dev.passwordless.triggers.settings.TriggerSettings#NON_GEOGRAPHIC}: satellite
 * phones, international networks) pass only when the list names that region: they are
 * valid mobile numbers to libphonenumber, and among the costliest SMS destinations. (The
 * masked form, the only one ever logged, is {@code PhoneMask}.)
 */
public final class PhoneNumbers {

	/**
	 * Loaded at first use: its metadata costs start-up time a function that checks no
	 * number does not need.
	 */
	private static final class Util {

		private static final PhoneNumberUtil INSTANCE = PhoneNumberUtil.getInstance();

	}

	private PhoneNumbers() {
	}

	/**
	 * Checks a number as Cognito stores it.
	 * @param number the {@code phone_number} attribute
	 * @param allowedCountries allowed region codes
	 * @return what is wrong with it ({@link Refusal.Reason#PHONE_INVALID} also for a
	 * valid number of a type that is not texted, such as premium-rate), or empty when it
	 * may get codes
	 */
	public static Optional<Refusal.Reason> problem(String number, Set<String> allowedCountries) {
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
		String region = Util.INSTANCE.getRegionCodeForNumber(parsed);
		if (region == null || !allowedCountries.contains(region)) {
			return Optional.of(Refusal.Reason.PHONE_COUNTRY_NOT_ALLOWED);
		}
		PhoneNumberType type = Util.INSTANCE.getNumberType(parsed);
		if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
			return Optional.of(Refusal.Reason.PHONE_INVALID);
		}
		return Optional.empty();
	}

}
