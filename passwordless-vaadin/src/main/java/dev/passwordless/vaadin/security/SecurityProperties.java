package dev.passwordless.vaadin.security;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The security chain's settings a portal may change.
 *
 * @param publicPaths request paths of the portal that anyone may load without signing in,
 * such as the stylesheet and logo its layout shows around the sign-in views; Ant-style
 * patterns, e.g. {@code /frontend-static/**} (default none: Vaadin's own resources and
 * this module's are public already)
 * @param contentSecurityPolicy the {@code Content-Security-Policy} of every response
 * (default {@link PasswordlessSecurityConfigurer#CONTENT_SECURITY_POLICY}: same origin
 * only, with the inline and eval scripts and inline styles Vaadin Flow needs)
 */
@Validated
@ConfigurationProperties("passwordless.security")
public record SecurityProperties(@DefaultValue List<String> publicPaths,
		@DefaultValue(PasswordlessSecurityConfigurer.CONTENT_SECURITY_POLICY) @NotBlank String contentSecurityPolicy) {
}
