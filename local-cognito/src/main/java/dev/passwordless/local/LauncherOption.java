package dev.passwordless.local;

import dev.passwordless.local.auth.Trigger;

/**
 * The standalone launcher's options for the pool's settings: each flag, the environment
 * variable that sets the same ({@code LOCAL_COGNITO_*}), the argument it takes and what
 * {@code --help} says of it.
 */
enum LauncherOption implements Option {

	PORT("--port", "LOCAL_COGNITO_PORT", "N", "port on 127.0.0.1 (default 9229, 0 = any free port)"),

	DATA_DIR("--data-dir", "LOCAL_COGNITO_DATA_DIR", "DIR",
			"where the database lives (default .local-cognito; made private: 0700, files 0600)"),

	IN_MEMORY("--in-memory", "LOCAL_COGNITO_IN_MEMORY", "", "keep nothing on disk (variable: true)"),

	REGION("--region", "LOCAL_COGNITO_REGION", "REGION", "region (default us-east-1)"),

	USER_POOL_ID("--user-pool-id", "LOCAL_COGNITO_USER_POOL_ID", "ID",
			"user pool id, <region>_<letters and digits> (default <region>_LocalPool1)"),

	CLIENT_ID("--client-id", "LOCAL_COGNITO_CLIENT_ID", "ID",
			"app client id, 1-128 of [A-Za-z0-9_+] (default 1oca1c0gn1toc11entid00000)"),

	CLIENT_SECRET("--client-secret", "LOCAL_COGNITO_CLIENT_SECRET", "on|off|SECRET",
			"on: a secret generated once and kept with the data; off: a public client; or the secret"
					+ " (24-64 of [A-Za-z0-9_+]) (default " + (LocalCognitoConfig.DEFAULT_CLIENT_SECRET ? "on" : "off")
					+ ")"),

	ISSUER("--issuer", "LOCAL_COGNITO_ISSUER", "URL",
			"the tokens' iss (default http://127.0.0.1:<port>/<user pool id>)"),

	AUTH_SESSION_VALIDITY("--auth-session-validity", "LOCAL_COGNITO_AUTH_SESSION_VALIDITY", "DURATION",
			"life of each sign-in step's session, 3m-15m (default 3m)"),

	ACCESS_TOKEN_VALIDITY("--access-token-validity", "LOCAL_COGNITO_ACCESS_TOKEN_VALIDITY", "DURATION",
			"5m-1d (default 1h)"),

	ID_TOKEN_VALIDITY("--id-token-validity", "LOCAL_COGNITO_ID_TOKEN_VALIDITY", "DURATION", "5m-1d (default 1h)"),

	REFRESH_TOKEN_VALIDITY("--refresh-token-validity", "LOCAL_COGNITO_REFRESH_TOKEN_VALIDITY", "DURATION",
			"1h-3650d (default 30d)"),

	TRIGGER_TIMEOUT("--trigger-timeout", "LOCAL_COGNITO_TRIGGER_TIMEOUT", "DURATION",
			"how long a trigger may run, up to 15m (default 5s, Cognito's)"),

	SIGN_UP("--sign-up", "LOCAL_COGNITO_SIGN_UP", "open|invite-only",
			"open: anyone signs up (SignUp); invite-only: SignUp is refused and administrators create users"
					+ " (AdminCreateUser), as Cognito's AllowAdminCreateUserOnly (default open)"),

	PASSKEY_RELYING_PARTY_ID("--passkey-relying-party-id", "LOCAL_COGNITO_PASSKEY_RELYING_PARTY_ID", "DOMAIN",
			"the passkeys' relying-party id, a domain name (default "
					+ LocalCognitoConfig.DEFAULT_PASSKEY_RELYING_PARTY_ID + ")"),

	PASSKEY_ORIGINS("--passkey-origins", "LOCAL_COGNITO_PASSKEY_ORIGINS", "ORIGIN,...",
			"the origins passkey ceremonies may come from, each on the relying-party id's domain (default: the"
					+ " relying-party id's host on any port, https, or http for localhost)"),

	PASSKEY_USER_VERIFICATION("--passkey-user-verification", "LOCAL_COGNITO_PASSKEY_USER_VERIFICATION",
			"required|preferred", "whether passkeys must verify the user (default required)"),

	ECHO_SMS("--echo-sms", "LOCAL_COGNITO_ECHO_SMS", "on|off", "print each SMS on the console (default on)"),

	TRIGGER_ENV("--trigger-env", LauncherEnvironment.TRIGGER_VARIABLE + "<NAME>", "NAME=VALUE",
			"a trigger setting, e.g. SEND_COOLDOWN_SECONDS=0 (repeatable; see triggers/README.md); default"
					+ " ALLOWED_COUNTRIES=" + LocalCognitoConfig.DEFAULT_ALLOWED_COUNTRIES),

	TRIGGER_HANDLER("--trigger-handler", LauncherEnvironment.HANDLER_VARIABLE + "<TRIGGER>", "TRIGGER=CLASS",
			"replace a trigger's handler class, or leave it out with an empty CLASS (repeatable); triggers: "
					+ String.join(", ", Trigger.defaultHandlers().keySet())),

	HELP("--help", "", "", "print this and exit");

	private final Text text;

	LauncherOption(String flag, String variable, String argument, String help) {
		this.text = new Text(flag, variable, argument, help);
	}

	@Override
	public Text text() {
		return this.text;
	}

}
