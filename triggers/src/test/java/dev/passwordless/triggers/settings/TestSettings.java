package dev.passwordless.triggers.settings;

import java.util.HashMap;
import java.util.Map;

import dev.passwordless.rules.TriggerSettingNames;

/**
 * Settings as a test deployment gives them: what every deployment must set (the
 * countries: the United States and the United Kingdom, whose fiction ranges the tests
 * use), plus each test's own, which win.
 */
public final class TestSettings {

	/** The countries every test deployment allows. */
	public static final String COUNTRIES = "US,GB";

	private TestSettings() {
	}

	/** A test deployment's environment: the required settings, then these. */
	public static Map<String, String> environment(Map<String, String> settings) {
		Map<String, String> environment = new HashMap<>();
		environment.put(TriggerSettingNames.ALLOWED_COUNTRIES, COUNTRIES);
		environment.putAll(settings);
		return Map.copyOf(environment);
	}

	/** The settings of a test deployment that sets only what it must. */
	public static TriggerSettings defaults() {
		return from(Map.of());
	}

	/** The settings of a test deployment that sets these besides what it must. */
	public static TriggerSettings from(Map<String, String> settings) {
		return TriggerSettings.from(environment(settings));
	}

}
