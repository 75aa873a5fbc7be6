package dev.passwordless.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The standalone launcher's settings: every {@link LocalCognitoConfig} setting as a flag
 * and as an environment variable ({@link LauncherOption}, and the test harnesses'
 * switches, {@link HarnessOption}; read by {@link LauncherEnvironment}); a flag wins over
 * its variable. A bad value is refused with a message that names the flag or the
 * variable.
 */
final class CommandLine {

	private CommandLine() {
	}

	/** A setting the launcher refuses, with the words to say so. */
	static final class BadValueException extends RuntimeException {

		BadValueException(String message) {
			super(message, null, false, false);
		}

	}

	/** {@code --help}. */
	static String usage() {
		return CommandLineHelp.text();
	}

	/** Whether the arguments ask for {@code --help}. */
	static boolean wantsHelp(String[] args) {
		return List.of(args).contains("--help") || List.of(args).contains("-h");
	}

	/**
	 * Reads the settings: the defaults, then the environment, then the flags.
	 * @throws BadValueException naming the flag or variable whose value is refused
	 */
	static LocalCognitoConfig parse(String[] args, Map<String, String> environment) {
		LocalCognitoConfig.Builder config = LocalCognitoConfig.defaults();
		List<Setting> settings = new ArrayList<>(LauncherEnvironment.read(environment));
		settings.addAll(fromArguments(args));
		// the region first: it also sets the default pool id, which a --user-pool-id may
		// replace
		settings.sort(Comparator.comparing((Setting setting) -> setting.option() != LauncherOption.REGION));
		for (Setting setting : settings) {
			apply(config, setting);
		}
		try {
			return config.build();
		}
		catch (IllegalArgumentException ex) {
			throw new BadValueException(inFlags(ex.getMessage()));
		}
	}

	/** A setting's message from {@link LocalCognitoConfig}, naming the flag instead. */
	private static String inFlags(String message) {
		String setting = message.split("[ :]", 2)[0];
		String flag = "--" + setting.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
		return Option.withFlag(flag).isPresent() ? flag + message.substring(setting.length()) : message;
	}

	private static List<Setting> fromArguments(String[] args) {
		List<Setting> settings = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String flag = arg;
			String value = null;
			int equals = arg.indexOf('=');
			if (arg.startsWith("--") && equals > 0) {
				flag = arg.substring(0, equals);
				value = arg.substring(equals + 1);
			}
			Option option = Option.withFlag(flag)
				.orElseThrow(() -> new BadValueException("Unknown option " + arg + " (try --help)"));
			if (value == null && !option.argument().isEmpty()) {
				if (i + 1 >= args.length) {
					throw new BadValueException(flag + " needs a value: " + option.argument());
				}
				value = args[++i];
			}
			settings.add(new Setting(option, (value != null) ? value : "true", flag));
		}
		return settings;
	}

	private static void apply(LocalCognitoConfig.Builder config, Setting setting) {
		switch (setting.option()) {
			case LauncherOption option -> apply(config, option, setting.value(), setting.source());
			case HarnessOption.FAULTS -> config.faults(SettingValues.onOff(setting.value(), setting.source()));
		}
	}

	private static void apply(LocalCognitoConfig.Builder config, LauncherOption option, String value, String source) {
		switch (option) {
			case PORT -> config.port(SettingValues.port(value, source));
			case DATA_DIR -> config.dataDirectory(SettingValues.path(value, source));
			case IN_MEMORY -> {
				if (SettingValues.onOff(value, source)) {
					config.dataDirectory(null);
				}
			}
			case REGION -> config.region(value);
			case USER_POOL_ID -> config.userPoolId(value);
			case CLIENT_ID -> config.clientId(value);
			case CLIENT_SECRET -> clientSecret(config, value);
			case ISSUER -> config.issuer(value);
			case AUTH_SESSION_VALIDITY -> config.authSessionValidity(SettingValues.duration(value, source));
			case ACCESS_TOKEN_VALIDITY -> config.accessTokenValidity(SettingValues.duration(value, source));
			case ID_TOKEN_VALIDITY -> config.idTokenValidity(SettingValues.duration(value, source));
			case REFRESH_TOKEN_VALIDITY -> config.refreshTokenValidity(SettingValues.duration(value, source));
			case TRIGGER_TIMEOUT -> config.triggerTimeout(SettingValues.duration(value, source));
			case SIGN_UP -> config.signUp(SettingValues.signUp(value, source));
			case PASSKEY_RELYING_PARTY_ID -> config.passkeyRelyingPartyId(value);
			case PASSKEY_ORIGINS -> config.passkeyOrigins(SettingValues.list(value));
			case PASSKEY_USER_VERIFICATION ->
				config.passkeyUserVerification(SettingValues.userVerification(value, source));
			case ECHO_SMS -> config.echoSms(SettingValues.onOff(value, source));
			case TRIGGER_ENV -> {
				String[] pair = SettingValues.pair(value, source, "NAME=VALUE");
				config.triggerEnvironment(pair[0], pair[1]);
			}
			case TRIGGER_HANDLER -> {
				String[] pair = SettingValues.pair(value, source, "TRIGGER=CLASS");
				config.triggerHandler(pair[0], pair[1]);
			}
			case HELP -> {
				// handled before parsing
			}
		}
	}

	private static void clientSecret(LocalCognitoConfig.Builder config, String value) {
		switch (value.toLowerCase(Locale.ROOT)) {
			case "on", "true" -> config.clientSecret(true);
			case "off", "false" -> config.clientSecret(false);
			default -> config.clientSecret(value);
		}
	}

}
