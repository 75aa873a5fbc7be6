package dev.passwordless.triggers;

import java.util.Map;

import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.settings.TriggerSettings;

/**
 * The triggers' environment as a deployment sees it: the variables are named by
 * {@link TriggerSettingNames} (in {@code sign-in-rules}, so that the stack, the local
 * Cognito and the web app name them without the triggers), and {@link #check} refuses
 * values the triggers would refuse.
 */
public final class TriggerEnvironment {

	private TriggerEnvironment() {
	}

	/**
	 * Checks settings the way the triggers do when they start, so a deployment can refuse
	 * them before anything runs (the CDK stack does at synth). The secrets
	 * ({@link TriggerSettingNames#SEND_LIMIT_KEY},
	 * {@link TriggerSettingNames#CODE_HASH_KEY}) are not checked here: their values exist
	 * only at deploy time, and the functions that need them refuse to start without them.
	 * @param environment the settings by {@link TriggerSettingNames} names
	 * @throws IllegalArgumentException naming the variable when a value is not acceptable
	 */
	public static void check(Map<String, String> environment) {
		TriggerSettings.from(environment);
	}

}
