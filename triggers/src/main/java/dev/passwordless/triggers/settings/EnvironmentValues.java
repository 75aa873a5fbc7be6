package dev.passwordless.triggers.settings;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * The values of an environment as {@link TriggerSettings#from} reads them: stripped, a
 * blank value as none, whole numbers, comma-separated lists and region codes; a value
 * that is not one names its variable.
 */
final class EnvironmentValues {

	private final Map<String, String> environment;

	/**
	 * @param environment the function's environment (or an in-process host's settings)
	 */
	EnvironmentValues(Map<String, String> environment) {
		this.environment = environment;
	}

	/** The value, stripped; empty when unset or blank. */
	Optional<String> text(String name) {
		String value = this.environment.get(name);
		return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(value.strip());
	}

	/**
	 * The value as a whole number, the default when unset.
	 * @throws IllegalArgumentException naming the variable when it is not one
	 */
	int integer(String name, int defaultValue) {
		Optional<String> value = text(name);
		if (value.isEmpty()) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value.get());
		}
		catch (NumberFormatException ex) {
			throw TriggerSettings.invalid(name, "must be a whole number, was '" + value.get() + "'");
		}
	}

	/** The comma-separated items, stripped, without blank ones. */
	Set<String> list(String name) {
		Set<String> items = new HashSet<>();
		for (String item : text(name).orElse("").split(",")) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return items;
	}

	/**
	 * The listed region codes, upper case; none when the list is empty (which
	 * {@link TriggerSettings} refuses, naming the setting).
	 * @throws IllegalArgumentException naming the variable when a code is not a region
	 * libphonenumber knows, nor {@link TriggerSettings#NON_GEOGRAPHIC}
	 */
	Set<String> countries(String name) {
		Set<String> countries = new HashSet<>();
		for (String code : list(name)) {
			countries.add(code.toUpperCase(Locale.ROOT));
		}
		if (countries.isEmpty()) {
			// refused by the settings' constructor, which names the setting
			return countries;
		}
		Set<String> known = PhoneNumberUtil.getInstance().getSupportedRegions();
		for (String code : countries) {
			if (!known.contains(code) && !TriggerSettings.NON_GEOGRAPHIC.equals(code)) {
				throw TriggerSettings.invalid(name, "'" + code + "' is not a known ISO 3166 region code");
			}
		}
		return countries;
	}

}
