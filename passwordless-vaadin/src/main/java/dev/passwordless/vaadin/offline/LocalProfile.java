package dev.passwordless.vaadin.offline;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * What the {@code local} profile means for the web server, for every application that
 * adds the module, and the safe defaults outside it:
 * <ul>
 * <li>under {@code local} the server listens on 127.0.0.1 only, whatever
 * {@code server.address} says (the embedded pool and the SMS inbox are for this machine
 * alone);</li>
 * <li>outside it the session cookie is {@code Secure}, and forwarded headers
 * ({@code X-Forwarded-For}, {@code X-Forwarded-Proto}) are read through Tomcat's
 * {@code RemoteIpValve} from the proxies listed in
 * {@code server.tomcat.remoteip.internal-proxies} only, by default none;</li>
 * <li>everywhere the session cookie is {@code HttpOnly} and {@code SameSite=Lax}, and
 * redirects are relative ({@code server.tomcat.use-relative-redirects}).</li>
 * </ul>
 * The defaults give way to the application's own settings; the loopback address under
 * {@code local} does not.
 */
class LocalProfile implements EnvironmentPostProcessor, Ordered {

	static final String LOOPBACK = "127.0.0.1";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("server.servlet.session.cookie.http-only", "true");
		defaults.put("server.servlet.session.cookie.same-site", "lax");
		// a redirect within the site stays relative, whatever Host header came in
		defaults.put("server.tomcat.use-relative-redirects", "true");
		if (LocalMode.isOn(environment)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("passwordlessLocalProfile", Map.of("server.address", LOOPBACK)));
		}
		else {
			defaults.put("server.servlet.session.cookie.secure", "true");
			defaults.put("server.forward-headers-strategy", "native");
			// Tomcat's own default trusts every private address; trust none unless listed
			defaults.put("server.tomcat.remoteip.internal-proxies", "");
		}
		environment.getPropertySources().addLast(new MapPropertySource("passwordlessServerDefaults", defaults));
	}

	/** After the application's configuration files, so their profiles are known. */
	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
