package dev.passwordless.vaadin.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How people sign in here.
 *
 * @param defaultCountry region whose national format people may type (default {@code US}:
 * "(415) 555-0123")
 * @param appName the name shown in the sign-in views' own frame and in the example
 * portal's header (default {@code SMS sign-in})
 * @param usePortalLayout whether the portal's own {@code @Layout} wraps the sign-in views
 * (default true); false shows them in this module's plain frame
 */
@Validated
@ConfigurationProperties("passwordless")
public record PasswordlessProperties(
		@DefaultValue("US") @Pattern(regexp = "[A-Z]{2}",
				message = "must be a two-letter region code such as US or GB") String defaultCountry,
		@DefaultValue("SMS sign-in") @NotBlank String appName, @DefaultValue("true") boolean usePortalLayout) {
}
