package dev.passwordless.vaadin.offline;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web server settings the {@code local} profile forces, and the defaults outside it.
 */
class LocalProfileTest {

	@Test
	void environmentWhenLocalThenTheServerListensOnTheLoopbackWhateverTheApplicationSays() {
		StandardEnvironment environment = environment("server.address", "0.0.0.0");
		environment.setActiveProfiles("local");
		new LocalProfile().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
		assertThat(environment.getProperty("server.servlet.session.cookie.secure")).isNull();
		assertThat(environment.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
		assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
	}

	@Test
	void environmentWhenNotLocalThenSecureCookieAndForwardedHeadersFromNoProxyByDefault() {
		StandardEnvironment environment = environment("server.address", "0.0.0.0");
		new LocalProfile().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
		assertThat(environment.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
		assertThat(environment.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
		assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
		assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
		assertThat(environment.getProperty("server.tomcat.remoteip.internal-proxies")).isEmpty();
	}

	@Test
	void environmentWhenNotLocalAndTheOperatorListsProxiesThenTheirListWins() {
		StandardEnvironment environment = environment("server.tomcat.remoteip.internal-proxies", "10.0.0.0/16");
		new LocalProfile().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("server.tomcat.remoteip.internal-proxies")).isEqualTo("10.0.0.0/16");
	}

	private static StandardEnvironment environment(String name, String value) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("application", java.util.Map.of(name, value)));
		return environment;
	}

}
