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

	private final Text text;

	HarnessOption(String flag, String variable, String argument, String help) {
		this.text = new Text(flag, variable, argument, help);
	}

	@Override
	public Text text() {
		return this.text;
	}

}
