package dev.passwordless.topology;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts the {@link Topology} once for a test class and stops it after the class, also
 * when a test or the start-up fails. The servers' logs are in
 * {@code target/topology-logs/} (the failsafe setting {@code topology.logs}); when a test
 * fails, the end of each is printed with it.
 */
final class TopologyExtension implements BeforeAllCallback, AfterAllCallback, TestWatcher {

	private static final int LOG_LINES = 60;

	private Topology topology;

	Topology get() {
		if (this.topology == null) {
			throw new IllegalStateException("the topology is not running");
		}
		return this.topology;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		Path logs = Path.of(setting("topology.logs", "target/topology-logs"));
		this.topology = Topology.start(Path.of(setting("topology.webapp-jar", "../webapp/target/webapp.jar")),
				Path.of(setting("topology.local-cognito-jar", "../local-cognito/target/local-cognito.jar")), logs);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.topology != null) {
			try {
				this.topology.close();
			}
			finally {
				this.topology = null;
			}
		}
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (this.topology != null) {
			System.out.println("The servers' logs when " + context.getDisplayName() + " failed:"
					+ this.topology.logTails(LOG_LINES));
		}
	}

	private static String setting(String name, String otherwise) {
		return System.getProperty(name, otherwise);
	}

}
