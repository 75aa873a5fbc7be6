package dev.passwordless.local;

/**
 * The launcher's switches for test harnesses: not settings of the pool but aids for
 * testing how clients meet failures, off unless asked for, and listed apart from the
 * settings in {@code --help}.
 */
enum HarnessOption implements Option {

	FAULTS("--faults", "LOCAL_COGNITO_FAULTS", "on|off",
			"accept POST/DELETE /_local/faults from this machine, which make the SNS endpoint or the Cognito"
					+ " operations slow, throttle or fail for a number of requests (default off)");

	private final String flag;

	private final String variable;

	private final String argument;

	private final String help;

	HarnessOption(String flag, String variable, String argument, String help) {
		this.flag = flag;
		this.variable = variable;
		this.argument = argument;
		this.help = help;
	}

	@Override
	public String flag() {
		return this.flag;
	}

	@Override
	public String variable() {
		return this.variable;
	}

	@Override
	public String argument() {
		return this.argument;
	}

	@Override
	public String help() {
		return this.help;
	}

}
