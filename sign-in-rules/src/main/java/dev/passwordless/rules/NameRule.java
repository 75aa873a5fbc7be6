package dev.passwordless.rules;

import java.util.Optional;

/**
 * What a person's name must be, for the app that asks for it and the Pre sign-up trigger
 * that checks it again: 1 to {@value #MAX_LENGTH} characters after trimming, without
 * control, separator, unassigned or private-use characters.
 */
public final class NameRule {

	/** The most characters (code points) a name may have after trimming. */
	public static final int MAX_LENGTH = 100;

	private NameRule() {
	}

	/** The name as it is stored: without leading and trailing white space. */
	public static String normalize(String name) {
		return (name != null) ? name.strip() : "";
	}

	/**
	 * @param name the name as typed, may be null
	 * @return what is wrong with it, or empty when it is fine
	 */
	public static Optional<Refusal.Reason> problem(String name) {
		String trimmed = normalize(name);
		if (trimmed.isEmpty()) {
			return Optional.of(Refusal.Reason.NAME_MISSING);
		}
		if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
			return Optional.of(Refusal.Reason.NAME_TOO_LONG);
		}
		if (trimmed.codePoints().anyMatch(NameRule::isForbidden)) {
			return Optional.of(Refusal.Reason.NAME_INVALID_CHARACTERS);
		}
		return Optional.empty();
	}

	private static boolean isForbidden(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
				|| type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE;
	}

}
