package dev.passwordless.triggers;

import java.util.Optional;

/**
 * What a registration must satisfy: a valid E.164 phone number from an allowed country,
 * and a name of 1 to 100 characters after trimming, without control characters.
 */
final class SignUpRules {

	static final int MAX_NAME_LENGTH = 100;

	private final TriggerSettings settings;

	SignUpRules(TriggerSettings settings) {
		this.settings = settings;
	}

	/**
	 * @return what is wrong, in words for the person registering, or empty when the
	 * registration is fine
	 */
	Optional<String> problem(String phoneNumber, String name) {
		if (this.settings.isTestNumber(phoneNumber)) {
			// configured test numbers come from the fiction ranges, whatever the
			// allowlist
			return nameProblem(name);
		}
		return PhoneNumbers.problem(phoneNumber, this.settings.allowedCountries()).or(() -> nameProblem(name));
	}

	static Optional<String> nameProblem(String name) {
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty()) {
			return Optional.of("Enter your full name");
		}
		if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME_LENGTH) {
			return Optional.of("Your name can have at most " + MAX_NAME_LENGTH + " characters");
		}
		if (trimmed.codePoints().anyMatch(SignUpRules::isControl)) {
			return Optional.of("Your name contains characters that cannot be used in a name");
		}
		return Optional.empty();
	}

	private static boolean isControl(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
				|| type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE;
	}

}
