package dev.passwordless.rules;

/**
 * The one masked form of a phone number, the only form ever logged: {@code +} and stars,
 * then the last digits (2 for numbers of up to 7 digits, 3 for up to 9, otherwise 4),
 * e.g. {@code +*******0123}.
 */
public final class PhoneMask {

	private PhoneMask() {
	}

	/**
	 * @param number an E.164 number, or anything else (masked entirely)
	 * @return the masked number
	 */
	public static String mask(String number) {
		if (number == null || number.length() < 4) {
			return "+**";
		}
		String digits = number.startsWith("+") ? number.substring(1) : number;
		int shown = (digits.length() <= 7) ? 2 : (digits.length() <= 9) ? 3 : 4;
		return "+" + "*".repeat(digits.length() - shown) + digits.substring(digits.length() - shown);
	}

}
