package dev.passwordless.local;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.passwordless.local.auth.Trigger;

/**
 * The standalone launcher's settings: every {@link LocalCognitoConfig} setting as a flag
 * and as an environment variable ({@code LOCAL_COGNITO_*}); a flag wins over its
 * variable. A bad value is refused with a message that names the flag.
 */
final class CommandLine {

	/** A flag, the variable that sets the same, and what {@code --help} says of it. */
	private record Option(String flag, String variable, String argument, String help) {
	}

	private static final List<Option> OPTIONS = List.of(
			new Option("--port", "LOCAL_COGNITO_PORT", "N", "port on 127.0.0.1 (default 9229, 0 = any free port)"),
			new Option("--data-dir", "LOCAL_COGNITO_DATA_DIR", "DIR",
					"where the database lives (default .local-cognito; made private: 0700, files 0600)"),
			new Option("--in-memory", "LOCAL_COGNITO_IN_MEMORY", "", "keep nothing on disk (variable: true)"),
			new Option("--region", "LOCAL_COGNITO_REGION", "REGION", "region (default us-east-1)"),
			new Option("--user-pool-id", "LOCAL_COGNITO_USER_POOL_ID", "ID",
					"user pool id, <region>_<letters and digits> (default <region>_LocalPool1)"),
			new Option("--client-id", "LOCAL_COGNITO_CLIENT_ID", "ID",
					"app client id, 1-128 of [A-Za-z0-9_+] (default 1oca1c0gn1toc11entid00000)"),
			new Option("--client-secret", "LOCAL_COGNITO_CLIENT_SECRET", "on|off|SECRET",
					"on: a secret generated once and kept with the data; off: a public client; or the secret"
							+ " (24-64 of [A-Za-z0-9_+]) (default "
							+ (LocalCognitoConfig.DEFAULT_CLIENT_SECRET ? "on" : "off") + ")"),
			new Option("--issuer", "LOCAL_COGNITO_ISSUER", "URL",
					"the tokens' iss (default http://127.0.0.1:<port>/<user pool id>)"),
			new Option("--auth-session-validity", "LOCAL_COGNITO_AUTH_SESSION_VALIDITY", "DURATION",
					"life of each sign-in step's session, 3m-15m (default 3m)"),
			new Option("--access-token-validity", "LOCAL_COGNITO_ACCESS_TOKEN_VALIDITY", "DURATION",
					"5m-1d (default 1h)"),
			new Option("--id-token-validity", "LOCAL_COGNITO_ID_TOKEN_VALIDITY", "DURATION", "5m-1d (default 1h)"),
			new Option("--refresh-token-validity", "LOCAL_COGNITO_REFRESH_TOKEN_VALIDITY", "DURATION",
					"1h-3650d (default 30d)"),
			new Option("--trigger-timeout", "LOCAL_COGNITO_TRIGGER_TIMEOUT", "DURATION",
					"how long a trigger may run, up to 15m (default 5s, Cognito's)"),
			new Option("--echo-sms", "LOCAL_COGNITO_ECHO_SMS", "on|off", "print each SMS on the console (default on)"),
			new Option("--trigger-env", "LOCAL_COGNITO_TRIGGER_ENV_<NAME>", "NAME=VALUE",
					"a trigger setting, e.g. SEND_COOLDOWN_SECONDS=0 (repeatable; see triggers/README.md)"),
			new Option("--trigger-handler", "LOCAL_COGNITO_HANDLER_<TRIGGER>", "TRIGGER=CLASS",
					"replace a trigger's handler class, or leave it out with an empty CLASS (repeatable); triggers: "
							+ String.join(", ", Trigger.defaultHandlers().keySet())),
			new Option("--help", "", "", "print this and exit"));

	private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

	private static final String TRIGGER_VARIABLE = "LOCAL_COGNITO_TRIGGER_ENV_";

	private static final String HANDLER_VARIABLE = "LOCAL_COGNITO_HANDLER_";

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
		StringBuilder usage = new StringBuilder("""
				Usage: java -jar local-cognito.jar [options]   (or local-cognito/bin/local-cognito [options])
				A local Cognito user pool and SMS outbox on 127.0.0.1. Each option can also be set by the
				environment variable after it; the option wins. DURATION: 250ms, 30s, 5m, 1h, 30d or ISO-8601 (PT5M).

				""");
		for (Option option : OPTIONS) {
			String flag = option.flag() + (option.argument().isEmpty() ? "" : " " + option.argument());
			usage.append(String.format("  %-40s %s%n", flag, option.help()));
			if (!option.variable().isEmpty()) {
				usage.append(String.format("  %-40s %s%n", "", "env " + option.variable()));
			}
		}
		return usage.toString();
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
		List<String[]> settings = new ArrayList<>();
		fromEnvironment(environment, settings);
		fromArguments(args, settings);
		// the region first: it also sets the default pool id, which a --user-pool-id may
		// replace
		settings.sort(Comparator.comparing((String[] setting) -> !setting[0].equals("--region")));
		for (String[] setting : settings) {
			apply(config, setting[0], setting[1], setting[2]);
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
		return OPTIONS.stream().anyMatch((option) -> option.flag().equals(flag))
				? flag + message.substring(setting.length()) : message;
	}

	/** Each setting as {flag, value, where it came from}, the variables first. */
	private static void fromEnvironment(Map<String, String> environment, List<String[]> settings) {
		environment.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((entry) -> {
			String name = entry.getKey();
			String value = entry.getValue();
			if (name.startsWith(HANDLER_VARIABLE)) {
				String trigger = handlerTrigger(name.substring(HANDLER_VARIABLE.length()), name);
				settings.add(new String[] { "--trigger-handler", trigger + "=" + value, name });
				return;
			}
			OPTIONS.stream()
				.filter((option) -> option.variable().equals(name))
				.findFirst()
				.ifPresentOrElse((option) -> settings.add(new String[] { option.flag(), value, name }), () -> {
					if (name.startsWith(TRIGGER_VARIABLE)) {
						settings.add(new String[] { "--trigger-env",
								name.substring(TRIGGER_VARIABLE.length()) + "=" + value, name });
					}
				});
		});
	}

	private static void fromArguments(String[] args, List<String[]> settings) {
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String flag = arg;
			String value = null;
			int equals = arg.indexOf('=');
			if (arg.startsWith("--") && equals > 0) {
				flag = arg.substring(0, equals);
				value = arg.substring(equals + 1);
			}
			String name = flag;
			Option option = OPTIONS.stream()
				.filter((candidate) -> candidate.flag().equals(name))
				.findFirst()
				.orElseThrow(() -> new BadValueException("Unknown option " + arg + " (try --help)"));
			if (value == null && !option.argument().isEmpty()) {
				if (i + 1 >= args.length) {
					throw new BadValueException(flag + " needs a value: " + option.argument());
				}
				value = args[++i];
			}
			settings.add(new String[] { flag, (value != null) ? value : "true", flag });
		}
	}

	private static void apply(LocalCognitoConfig.Builder config, String flag, String value, String source) {
		switch (flag) {
			case "--port" -> config.port(port(value, source));
			case "--data-dir" -> config.dataDirectory(path(value, source));
			case "--in-memory" -> {
				if (flag(value, source)) {
					config.dataDirectory(null);
				}
			}
			case "--region" -> config.region(value);
			case "--user-pool-id" -> config.userPoolId(value);
			case "--client-id" -> config.clientId(value);
			case "--client-secret" -> clientSecret(config, value);
			case "--issuer" -> config.issuer(value);
			case "--auth-session-validity" -> config.authSessionValidity(duration(value, source));
			case "--access-token-validity" -> config.accessTokenValidity(duration(value, source));
			case "--id-token-validity" -> config.idTokenValidity(duration(value, source));
			case "--refresh-token-validity" -> config.refreshTokenValidity(duration(value, source));
			case "--trigger-timeout" -> config.triggerTimeout(duration(value, source));
			case "--echo-sms" -> config.echoSms(flag(value, source));
			case "--trigger-env" -> {
				String[] pair = pair(value, source, "NAME=VALUE");
				config.triggerEnvironment(pair[0], pair[1]);
			}
			case "--trigger-handler" -> {
				String[] pair = pair(value, source, "TRIGGER=CLASS");
				config.triggerHandler(pair[0], pair[1]);
			}
			case "--help" -> {
				// handled before parsing
			}
			default -> throw new IllegalStateException(flag);
		}
	}

	private static void clientSecret(LocalCognitoConfig.Builder config, String value) {
		switch (value.toLowerCase(Locale.ROOT)) {
			case "on", "true" -> config.clientSecret(true);
			case "off", "false" -> config.clientSecret(false);
			default -> config.clientSecret(value);
		}
	}

	private static int port(String value, String source) {
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

	private static Path path(String value, String source) {
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

	private static boolean flag(String value, String source) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "on", "yes", "1" -> true;
			case "false", "off", "no", "0" -> false;
			default -> throw new BadValueException(source + " must be on or off, was " + quote(value));
		};
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

	private static String[] pair(String value, String source, String expected) {
		int equals = value.indexOf('=');
		if (equals <= 0) {
			throw new BadValueException(source + " must be " + expected + ", was " + quote(value));
		}
		return new String[] { value.substring(0, equals), value.substring(equals + 1) };
	}

	private static String handlerTrigger(String suffix, String variable) {
		return Arrays.stream(Trigger.values())
			.filter((trigger) -> trigger.name().equals(suffix))
			.findFirst()
			.map(Trigger::cognitoName)
			.orElseThrow(() -> new BadValueException(variable + " names no trigger; use one of "
					+ Arrays.stream(Trigger.values()).map((trigger) -> HANDLER_VARIABLE + trigger.name()).toList()));
	}

	/** A value as shown in a message: quoted, at most 60 characters. */
	private static String quote(String value) {
		return "\"" + ((value.length() > 60) ? value.substring(0, 60) + "…" : value) + "\"";
	}

}
