package dev.passwordless.vaadin.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How people sign in here.
 *
 * @param defaultCountry the country chosen beside the phone number at first (e.g.
 * {@code US}); empty (the default) takes it from the browser's language and region
 * ("de-DE": Germany), then the US
 * @param appName the name shown in the sign-in views' own frame and in the example
 * portal's header, and, on the embedded local Cognito, in the SMS (default
 * {@code SMS sign-in}); on AWS the SMS takes the stack's {@code appName}
 * @param usePortalLayout whether the portal's own {@code @Layout} wraps the sign-in views
 * (default true); false shows them in this module's plain frame
 * @param webOtpDomain on the embedded local Cognito, the host name of the SMS's last line
 * {@code @host #code}, which lets browsers fill in the code (default none); on AWS it is
 * the stack's {@code webOtpDomain}
 */
@Validated
@ConfigurationProperties("passwordless")
public record PasswordlessProperties(
		@DefaultValue("") @Pattern(regexp = "([A-Z]{2})?",
				message = "must be a two-letter region code such as US or GB, or empty") String defaultCountry,
		@DefaultValue("SMS sign-in") @NotBlank String appName, @DefaultValue("true") boolean usePortalLayout,
		@DefaultValue("") String webOtpDomain) {
}
