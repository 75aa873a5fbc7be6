package dev.passwordless.local;

import java.nio.file.Path;

/**
 * {@code java -jar local-cognito.jar [--port N] [--data-dir DIR] [--in-memory]}: runs a
 * local pool until stopped and prints what a client needs.
 */
public final class LocalCognitoMain {

	private LocalCognitoMain() {
	}

	public static void main(String[] args) {
		LocalCognitoConfig.Builder config = LocalCognitoConfig.defaults();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--port" -> config.port(parsePort(value(args, ++i, "--port")));
				case "--data-dir" -> config.dataDirectory(Path.of(value(args, ++i, "--data-dir")));
				case "--in-memory" -> config.dataDirectory(null);
				case "--help", "-h" -> {
					System.out.println(
							"Usage: java -jar local-cognito.jar [--port N (default 9229, 0 = any)] [--data-dir DIR (default .local-cognito)] [--in-memory]");
					return;
				}
				default -> fail("Unknown option " + args[i] + " (try --help)");
			}
		}
		LocalCognito cognito;
		try {
			cognito = LocalCognito.start(config.build());
		}
		catch (RuntimeException ex) {
			fail(ex.getMessage());
			return;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(cognito::close));
		PoolInfo pool = cognito.pool();
		System.out.println("local-cognito is running");
		System.out.println("  endpoint:     " + pool.endpoint());
		System.out.println("  region:       " + pool.region());
		System.out.println("  user pool id: " + pool.userPoolId());
		System.out.println("  client id:    " + pool.clientId());
		if (pool.clientSecret() != null) {
			System.out.println("  client secret: " + pool.clientSecret());
		}
		System.out.println("  SMS outbox:   " + pool.endpoint() + "/_aws/sns/sms-messages");
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			fail(option + " needs a value");
		}
		return args[index];
	}

	private static int parsePort(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			fail("--port must be a number, was " + value);
			return -1;
		}
	}

	private static void fail(String message) {
		System.err.println("local-cognito: " + message);
		System.exit(2);
	}

}
