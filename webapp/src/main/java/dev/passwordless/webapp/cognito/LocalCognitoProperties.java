package dev.passwordless.webapp.cognito;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded local Cognito of the offline default.
 *
 * @param port its port on 127.0.0.1 (default 9229; 0 for any free port)
 * @param dataDirectory where its database lives (default {@code .local-cognito}); empty
 * keeps everything in memory
 * @param triggerEnvironment the triggers' settings by their environment names, as on
 * Lambda (e.g. {@code local-cognito.trigger-environment.SEND_COOLDOWN_SECONDS=30},
 * {@code ...TEST_NUMBERS=+12025550142}); unset ones keep the triggers' defaults
 */
@ConfigurationProperties("local-cognito")
public record LocalCognitoProperties(@DefaultValue("9229") int port,
		@DefaultValue(".local-cognito") String dataDirectory, Map<String, String> triggerEnvironment) {

	public LocalCognitoProperties {
		triggerEnvironment = (triggerEnvironment != null) ? Map.copyOf(triggerEnvironment) : Map.of();
	}

	Path dataPath() {
		return (this.dataDirectory == null || this.dataDirectory.isBlank()) ? null : Path.of(this.dataDirectory);
	}

}
