package dev.passwordless.testing.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The server a {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} started, found
 * through Spring's test context. Only loaded when a test asks for it: Spring is optional
 * here.
 */
final class SpringBootServer {

	private SpringBootServer() {
	}

	static int port(ExtensionContext testClass) {
		if (testClass == null) {
			throw new IllegalStateException("No test class is running");
		}
		ApplicationContext application = SpringExtension.getApplicationContext(testClass);
		String port = application.getEnvironment().getProperty("local.server.port");
		if (port == null) {
			throw new IllegalStateException(testClass.getDisplayName()
					+ " has no web server on a port: use @SpringBootTest(webEnvironment = RANDOM_PORT)");
		}
		return Integer.parseInt(port);
	}

}
