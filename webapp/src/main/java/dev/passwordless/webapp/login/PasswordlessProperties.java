package dev.passwordless.webapp.login;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in here.
 *
 * @param defaultCountry region whose national format people may type (e.g. {@code US}:
 * "(415) 555-0123")
 * @param resendAfter how long the code screen waits before offering a new code
 * @param appName the name shown in the header
 */
@ConfigurationProperties("passwordless")
public record PasswordlessProperties(@DefaultValue("US") String defaultCountry,
		@DefaultValue("30s") Duration resendAfter, @DefaultValue("SMS sign-in") String appName) {
}
