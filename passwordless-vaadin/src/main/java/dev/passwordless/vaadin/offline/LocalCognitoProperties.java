package dev.passwordless.vaadin.offline;

import java.nio.file.Path;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded local Cognito of the offline default.
 *
 * @param port its port on 127.0.0.1 (default 9229; 0 for any free port)
 * @param dataDirectory where its database lives (default {@code .local-cognito}); empty
 * keeps everything in memory
 * @param echoSms whether each SMS is also printed on the console (default true)
 * @param triggerEnvironment the triggers' settings by their environment names, as on
 * Lambda (e.g. {@code local-cognito.trigger-environment.DAILY_SMS_BUDGET=100},
 * {@code ...TEST_NUMBERS=+12025550142}); the per-number cooldown and hourly cap default
 * to the app's own ({@code passwordless.limits.*}), the others to the triggers' defaults
 */
@Validated
@ConfigurationProperties("local-cognito")
public record LocalCognitoProperties(@DefaultValue("9229") @Min(0) @Max(65535) int port,
		@DefaultValue(".local-cognito") String dataDirectory, @DefaultValue("true") boolean echoSms,
		Map<String, String> triggerEnvironment) {

	public LocalCognitoProperties {
		triggerEnvironment = (triggerEnvironment != null) ? Map.copyOf(triggerEnvironment) : Map.of();
	}

	Path dataPath() {
		return (this.dataDirectory == null || this.dataDirectory.isBlank()) ? null : Path.of(this.dataDirectory);
	}

}
