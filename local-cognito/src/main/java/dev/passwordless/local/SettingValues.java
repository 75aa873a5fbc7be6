package dev.passwordless.local;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.passwordless.local.CommandLine.BadValueException;

/**
 * Reads one setting's value as written on the command line or in a variable; a value that
 * is not one is refused with a message naming where it was written.
 */
final class SettingValues {

	private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

	private SettingValues() {
	}

	static int port(String value, String source) {
		try {
			int port = Integer.parseInt(value);
			if (port >= 0 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new BadValueException(source + " must be a port number 0-65535, was " + quote(value));
	}

	static Path path(String value, String source) {
		try {
			if (!value.isBlank()) {
				return Path.of(value);
			}
		}
		catch (InvalidPathException ex) {
			// refused below
		}
		throw new BadValueException(source + " must be a directory path, was " + quote(value));
	}

	/**
	 * {@code on}/{@code off}, {@code true}/{@code false}, {@code yes}/{@code no}, 1/0.
	 */
	static boolean onOff(String value, String source) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "on", "yes", "1" -> true;
			case "false", "off", "no", "0" -> false;
			default -> throw new BadValueException(source + " must be on or off, was " + quote(value));
		};
	}

	/** {@code open} or {@code invite-only}. */
	static LocalCognitoConfig.SignUp signUp(String value, String source) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "open" -> LocalCognitoConfig.SignUp.OPEN;
			case "invite-only" -> LocalCognitoConfig.SignUp.INVITE_ONLY;
			default -> throw new BadValueException(source + " must be open or invite-only, was " + quote(value));
		};
	}

	/** {@code required} or {@code preferred}. */
	static LocalCognitoConfig.PasskeyUserVerification userVerification(String value, String source) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "required" -> LocalCognitoConfig.PasskeyUserVerification.REQUIRED;
			case "preferred" -> LocalCognitoConfig.PasskeyUserVerification.PREFERRED;
			default -> throw new BadValueException(source + " must be required or preferred, was " + quote(value));
		};
	}

	/** A comma-separated list; blank items are left out. */
	static List<String> list(String value) {
		return Arrays.stream(value.split(",")).map(String::trim).filter((item) -> !item.isEmpty()).toList();
	}

	/** {@code 250ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 30d} or ISO-8601. */
	static Duration duration(String value, String source) {
		Matcher matcher = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
		if (matcher.matches()) {
			long amount = Long.parseLong(matcher.group(1));
			return switch (matcher.group(2)) {
				case "ms" -> Duration.ofMillis(amount);
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				default -> Duration.ofDays(amount);
			};
		}
		try {
			return Duration.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new BadValueException(
					source + " must be a duration such as 250ms, 30s, 5m, 1h, 30d or PT5M, was " + quote(value));
		}
	}

	/** {@code NAME=VALUE} as {name, value}; the value may be empty, the name not. */
	static String[] pair(String value, String source, String expected) {
		int equals = value.indexOf('=');
		if (equals <= 0) {
			throw new BadValueException(source + " must be " + expected + ", was " + quote(value));
		}
		return new String[] { value.substring(0, equals), value.substring(equals + 1) };
	}

	/** A value as shown in a message: quoted, at most 60 characters. */
	private static String quote(String value) {
		return "\"" + ((value.length() > 60) ? value.substring(0, 60) + "…" : value) + "\"";
	}

}
