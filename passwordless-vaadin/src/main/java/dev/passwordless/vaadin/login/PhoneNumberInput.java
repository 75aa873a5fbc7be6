package dev.passwordless.vaadin.login;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.passwordless.vaadin.cognito.SignInProblem;

/**
 * Turns a number as people write it ("+44 20 7946 0958", "(415) 555-0123" with the
 * default country) into E.164, or explains what is wrong.
 */
final class PhoneNumberInput {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumberInput() {
	}

	/**
	 * @return the E.164 form
	 * @throws SignInProblem INVALID_INPUT with a message for the person who typed it
	 */
	static String toE164(String typed, String defaultCountry) {
		if (typed == null || typed.isBlank()) {
			throw invalid("Enter your phone number.");
		}
		if (typed.length() > 40) {
			throw invalid("That is too long for a phone number.");
		}
		PhoneNumber number;
		try {
			number = UTIL.parse(typed, defaultCountry);
		}
		catch (NumberParseException ex) {
			throw invalid(switch (ex.getErrorType()) {
				case INVALID_COUNTRY_CODE -> "Start with + and the country code, for example +44 20 7946 0958.";
				case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> "That number is too short.";
				case TOO_LONG -> "That number is too long.";
				default -> "That does not look like a phone number.";
			});
		}
		if (!UTIL.isValidNumber(number)) {
			throw invalid(UTIL.isPossibleNumber(number) ? "That number does not exist. Check the digits."
					: "That number has the wrong number of digits.");
		}
		return UTIL.format(number, PhoneNumberFormat.E164);
	}

	private static SignInProblem invalid(String message) {
		return new SignInProblem(SignInProblem.Kind.INVALID_INPUT, message);
	}

}
