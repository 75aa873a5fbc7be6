package dev.passwordless.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.passwordless.local.auth.Trigger;
import dev.passwordless.local.CommandLine.BadValueException;

/**
 * The launcher's settings from environment variables: one variable per option
 * ({@code LOCAL_COGNITO_PORT}, ...), and one per trigger setting and per trigger handler,
 * named by a prefix ({@code LOCAL_COGNITO_TRIGGER_ENV_<NAME>},
 * {@code LOCAL_COGNITO_HANDLER_<TRIGGER>}). Other variables are not looked at.
 */
final class LauncherEnvironment {

	static final String TRIGGER_VARIABLE = "LOCAL_COGNITO_TRIGGER_ENV_";

	static final String HANDLER_VARIABLE = "LOCAL_COGNITO_HANDLER_";

	private LauncherEnvironment() {
	}

	/**
	 * @param environment the process environment
	 * @return the settings it makes, in the order of the variables' names
	 * @throws BadValueException for a handler variable that names no trigger
	 */
	static List<Setting> read(Map<String, String> environment) {
		List<Setting> settings = new ArrayList<>();
		environment.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((entry) -> {
			String name = entry.getKey();
			String value = entry.getValue();
			if (name.startsWith(HANDLER_VARIABLE)) {
				String trigger = handlerTrigger(name.substring(HANDLER_VARIABLE.length()), name);
				settings.add(new Setting(LauncherOption.TRIGGER_HANDLER, trigger + "=" + value, name));
			}
			else {
				Option.withVariable(name)
					.ifPresentOrElse((option) -> settings.add(new Setting(option, value, name)), () -> {
						if (name.startsWith(TRIGGER_VARIABLE)) {
							settings.add(new Setting(LauncherOption.TRIGGER_ENV,
									name.substring(TRIGGER_VARIABLE.length()) + "=" + value, name));
						}
					});
			}
		});
		return settings;
	}

	private static String handlerTrigger(String suffix, String variable) {
		return Arrays.stream(Trigger.values())
			.filter((trigger) -> trigger.name().equals(suffix))
			.findFirst()
			.map(Trigger::cognitoName)
			.orElseThrow(() -> new BadValueException(variable + " names no trigger; use one of "
					+ Arrays.stream(Trigger.values()).map((trigger) -> HANDLER_VARIABLE + trigger.name()).toList()));
	}

}
