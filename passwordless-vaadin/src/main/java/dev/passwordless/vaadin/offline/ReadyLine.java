package dev.passwordless.vaadin.offline;

import java.net.URI;

import dev.passwordless.vaadin.security.SignInRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The one line that says where everything is once the offline default is up, e.g.
 * {@code Ready: app http://localhost:8080 · local Cognito http://127.0.0.1:9229 · SMS inbox
 * http://localhost:8080/dev/sms-inbox}, and the number to sign in with as the first
 * administrator when {@code passwordless.admin.bootstrap-number} is set (a fiction number
 * on the local Cognito). Scripts wait for its {@code Ready:} prefix.
 */
class ReadyLine implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(ReadyLine.class);

	private final URI cognitoEndpoint;

	ReadyLine(URI cognitoEndpoint) {
		this.cognitoEndpoint = cognitoEndpoint;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		log.info(line(event.getApplicationContext().getEnvironment()));
	}

	String line(Environment environment) {
		String app = "http://localhost:" + environment.getProperty("local.server.port", "8080")
				+ environment.getProperty("server.servlet.context-path", "");
		String admin = environment.getProperty("passwordless.admin.bootstrap-number", "");
		return "Ready: app " + app + " · local Cognito " + this.cognitoEndpoint + " · SMS inbox " + app + "/"
				+ SignInRoutes.DEV_SMS_INBOX + (admin.isBlank() ? "" : " · administrator " + admin);
	}

}
