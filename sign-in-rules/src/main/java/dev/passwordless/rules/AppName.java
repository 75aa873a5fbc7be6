package dev.passwordless.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The app's name, which every sign-in SMS carries ({@code 123456 is your SMS sign-in
 * code.}), for the app that configures it and the Create trigger that sends it: 1 to
 * {@value #MAX_APP_NAME} letters, digits, spaces or {@code . & ' -}, starting with a
 * letter or digit and ending with one or a full stop. Short, so that every SMS fits one
 * segment; without {@code / : @ { }}, so that it reads as no link and no placeholder.
 * (Whether a name outside GSM-7 still fits one segment with the chosen texts is the
 * trigger's check, which knows the texts.)
 */
public final class AppName {

	/** The longest app name, so that every SMS fits one segment. */
	public static final int MAX_APP_NAME = 25;

	/** The name every SMS carries unless one is configured. */
	public static final String DEFAULT_APP_NAME = "SMS sign-in";

	private static final Pattern RULE = Pattern
		.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N} .&'-]{0," + (MAX_APP_NAME - 2) + "}[\\p{L}\\p{N}.])?");

	private static final String PROBLEM = "must be 1-" + MAX_APP_NAME
			+ " letters, digits, spaces or . & ' - (starting with a letter or digit)";

	private AppName() {
	}

	/**
	 * @param name a name, may be null
	 * @return whether every SMS may carry it
	 */
	public static boolean isValid(String name) {
		return name != null && RULE.matcher(name).matches();
	}

	/**
	 * @param name a name, may be null
	 * @return what is wrong with it, in words that follow the setting's name (e.g.
	 * {@code must be 1-25 letters, ...}), or empty when it is fine
	 */
	public static Optional<String> problem(String name) {
		return isValid(name) ? Optional.empty() : Optional.of(PROBLEM);
	}

}
