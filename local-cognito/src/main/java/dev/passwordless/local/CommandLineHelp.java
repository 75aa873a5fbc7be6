package dev.passwordless.local;

/** The text of {@code --help}: how to run it, then every option with its variable. */
final class CommandLineHelp {

	private CommandLineHelp() {
	}

	static String text() {
		StringBuilder usage = new StringBuilder("""
				Usage: java -jar local-cognito.jar [options]   (or local-cognito/bin/local-cognito [options])
				A local Cognito user pool and SMS outbox on 127.0.0.1. Each option can also be set by the
				environment variable after it; the option wins. DURATION: 250ms, 30s, 5m, 1h, 30d or ISO-8601 (PT5M).

				""");
		for (LauncherOption option : LauncherOption.values()) {
			append(usage, option);
		}
		usage.append(String.format("%nTest harnesses (off unless asked for; never for a pool others rely on):%n"));
		for (HarnessOption option : HarnessOption.values()) {
			append(usage, option);
		}
		return usage.toString();
	}

	private static void append(StringBuilder usage, Option option) {
		String flag = option.flag() + (option.argument().isEmpty() ? "" : " " + option.argument());
		usage.append(String.format("  %-40s %s%n", flag, option.help()));
		if (!option.variable().isEmpty()) {
			usage.append(String.format("  %-40s %s%n", "", "env " + option.variable()));
		}
	}

}
