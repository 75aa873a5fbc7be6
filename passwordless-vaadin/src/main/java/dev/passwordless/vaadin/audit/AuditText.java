package dev.passwordless.vaadin.audit;

import java.util.regex.Pattern;

import dev.passwordless.rules.PhoneMask;

/**
 * Text as the trail keeps it: a phone number masked wherever it appears as a value, a
 * browser's {@code User-Agent} shortened.
 */
final class AuditText {

	/** How much of a {@code User-Agent} is kept. */
	static final int USER_AGENT_LENGTH = 200;

	private static final Pattern FULL_NUMBER = Pattern.compile("\\+?[0-9][0-9 ()./-]{4,}");

	private AuditText() {
	}

	/**
	 * A number as the trail keeps it: masked; something already masked, or no number,
	 * stays as it is.
	 */
	static String masked(String number) {
		if (number == null || number.isBlank()) {
			return null;
		}
		return FULL_NUMBER.matcher(number).matches() ? PhoneMask.mask(number.replaceAll("[^+0-9]", "")) : number;
	}

	/** A {@code User-Agent}'s first {@value #USER_AGENT_LENGTH} characters. */
	static String shortened(String userAgent) {
		return (userAgent == null || userAgent.length() <= USER_AGENT_LENGTH) ? userAgent
				: userAgent.substring(0, USER_AGENT_LENGTH);
	}

}
