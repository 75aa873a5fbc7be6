package dev.passwordless.triggers.signup;

import java.util.Optional;

import dev.passwordless.rules.NameRule;
import dev.passwordless.rules.Refusal;
import dev.passwordless.triggers.settings.TriggerSettings;

/**
 * What a registration must satisfy: a valid E.164 phone number from an allowed country,
 * and a name that follows {@link NameRule}.
 */
public final class SignUpRules {

	private final TriggerSettings settings;

	public SignUpRules(TriggerSettings settings) {
		this.settings = settings;
	}

	/**
	 * @param phoneNumber the {@code phone_number} attribute
	 * @param name the {@code name} attribute
	 * @return what is wrong, or empty when the registration is fine
	 */
	public Optional<Refusal.Reason> problem(String phoneNumber, String name) {
		if (this.settings.isTestNumber(phoneNumber)) {
			// configured test numbers come from the fiction ranges, whatever the
			// allowlist
			return NameRule.problem(name);
		}
		return PhoneNumbers.problem(phoneNumber, this.settings.allowedCountries()).or(() -> NameRule.problem(name));
	}

}
