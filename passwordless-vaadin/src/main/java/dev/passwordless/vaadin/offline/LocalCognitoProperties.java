package dev.passwordless.vaadin.offline;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded local Cognito of the {@code local} profile ({@link LocalMode}). Its
 * triggers take everything else from the app's own settings: the SMS names
 * {@code passwordless.app-name} and ends with {@code passwordless.web-otp-domain}, the
 * per-number cooldown and hourly cap are {@code passwordless.limits.*}, so the app and
 * the pool refuse alike. A test that needs the pool configured otherwise defines its own
 * {@code LocalCognito} bean.
 *
 * @param port its port on 127.0.0.1 (default 9229; 0 for any free port)
 * @param dataDirectory where its database lives (default {@code .local-cognito}); empty
 * keeps everything in memory
 * @param echoSms whether each SMS is also printed on the console (default true)
 * @param dailySmsBudget the most SMS the pool sends per UTC day (default 1000, the
 * triggers' own default), as the stack's {@code dailySmsBudget} on AWS
 */
@Validated
@ConfigurationProperties("passwordless.local-cognito")
public record LocalCognitoProperties(@DefaultValue("9229") @Min(0) @Max(65535) int port,
		@DefaultValue(".local-cognito") String dataDirectory, @DefaultValue("true") boolean echoSms,
		@DefaultValue("1000") @Min(1) @Max(10_000_000) int dailySmsBudget) {

	Path dataPath() {
		return (this.dataDirectory == null || this.dataDirectory.isBlank()) ? null : Path.of(this.dataDirectory);
	}

}
