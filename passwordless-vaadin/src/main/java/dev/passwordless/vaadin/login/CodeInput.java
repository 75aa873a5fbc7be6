package dev.passwordless.vaadin.login;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the code in what people type or paste: "848868", "848 868", "848-868", or the
 * whole text message ("Your code is 848868. … @example.com #848868").
 */
public final class CodeInput {

	/** Spaces, dashes and dots between digits, as codes are grouped. */
	private static final Pattern SEPARATOR_BETWEEN_DIGITS = Pattern
		.compile("(?<=\\d)[\\s\\u00a0\\-\\u2010-\\u2015.·]+(?=\\d)");

	private CodeInput() {
	}

	/**
	 * @param text what was typed or pasted
	 * @param length the code's number of digits
	 * @return the code, when the text holds exactly one code of that length (repeated
	 * copies of it, as in the SMS's last line, count once)
	 */
	public static Optional<String> find(String text, int length) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Optional<String> separate = only(text, length);
		return separate.isPresent() ? separate : only(SEPARATOR_BETWEEN_DIGITS.matcher(text).replaceAll(""), length);
	}

	private static Optional<String> only(String text, int length) {
		Matcher runs = Pattern.compile("(?<!\\d)\\d{" + length + "}(?!\\d)").matcher(text);
		String found = null;
		while (runs.find()) {
			if (found != null && !found.equals(runs.group())) {
				return Optional.empty();
			}
			found = runs.group();
		}
		return Optional.ofNullable(found);
	}

}
