package dev.passwordless.vaadin.offline;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyLineTest {

	@Test
	void lineWhenTheAppRunsOnTheOfflineDefaultThenSaysWhereTheAppThePoolAndTheInboxAre() {
		String line = new ReadyLine(URI.create("http://127.0.0.1:9229"))
			.line(new MockEnvironment().withProperty("local.server.port", "8080"));
		assertThat(line).isEqualTo("Ready: app http://localhost:8080 · local Cognito http://127.0.0.1:9229 · "
				+ "SMS inbox http://localhost:8080/dev/sms-inbox");
	}

	@Test
	void lineWhenTheAppHasAContextPathThenTheLinksIncludeIt() {
		String line = new ReadyLine(URI.create("http://127.0.0.1:9229"))
			.line(new MockEnvironment().withProperty("local.server.port", "9090")
				.withProperty("server.servlet.context-path", "/portal"));
		assertThat(line).startsWith("Ready: app http://localhost:9090/portal · ")
			.endsWith("SMS inbox http://localhost:9090/portal/dev/sms-inbox");
	}

	@Test
	void lineWhenAFirstAdministratorIsSetThenItNamesTheNumberToSignInWith() {
		String line = new ReadyLine(URI.create("http://127.0.0.1:9229"))
			.line(new MockEnvironment().withProperty("local.server.port", "8080")
				.withProperty("passwordless.admin.bootstrap-number", "+12025550199"));
		assertThat(line).endsWith("SMS inbox http://localhost:8080/dev/sms-inbox · administrator +12025550199");
	}

}
