package dev.passwordless.local;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * {@code java -jar local-cognito.jar [options]} (or
 * {@code local-cognito/bin/local-cognito}, which adds start-up flags): runs a local pool
 * until stopped and prints what a client needs. Every setting has a flag and an
 * environment variable ({@code --help}); a bad value ends the program with exit code 2
 * and one line saying what is wrong.
 */
public final class LocalCognitoMain {

	private LocalCognitoMain() {
	}

	public static void main(String[] args) {
		// the triggers' AWS SDK logs through SLF4J, which has no binding here: no
		// warnings about that
		System.setProperty("slf4j.internal.verbosity", System.getProperty("slf4j.internal.verbosity", "ERROR"));
		int exit = run(args, System.getenv(), System.out, System.err);
		if (exit != 0) {
			System.exit(exit);
		}
	}

	/**
	 * Starts a pool from the arguments and environment; it keeps running after this
	 * returns 0.
	 * @return 0 when running (or after {@code --help}), 2 when a setting is refused or
	 * the pool cannot start
	 */
	static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
		if (CommandLine.wantsHelp(args)) {
			out.print(CommandLine.usage());
			return 0;
		}
		LocalCognito cognito;
		try {
			cognito = LocalCognito.launch(CommandLine.parse(args, environment), Clock.systemUTC());
		}
		catch (RuntimeException ex) {
			err.println("local-cognito: " + ex.getMessage());
			return 2;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(cognito::close));
		// a pool others use: its JWKS may be asked for before anyone signs in
		cognito.prepareKeys();
		try {
			// already serving; a trigger that cannot start ends the program here
			cognito.awaitReady();
		}
		catch (RuntimeException ex) {
			err.println("local-cognito: " + ex.getMessage());
			cognito.close();
			return 2;
		}
		PoolInfo pool = cognito.pool();
		out.println("local-cognito is running");
		out.println("  endpoint:      " + pool.endpoint());
		out.println("  region:        " + pool.region());
		out.println("  user pool id:  " + pool.userPoolId());
		out.println("  client id:     " + pool.clientId());
		if (pool.clientSecret() != null) {
			out.println("  client secret: " + pool.clientSecret());
		}
		out.println("  SMS outbox:    " + pool.endpoint() + "/_aws/sns/sms-messages");
		return 0;
	}

}
