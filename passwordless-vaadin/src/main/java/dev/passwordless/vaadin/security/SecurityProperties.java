package dev.passwordless.vaadin.security;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
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
 * @param anonymousSessionTimeout how long a session nobody has signed in to lives without
 * a request (default 10 minutes; an open sign-in page keeps its session alive with
 * Vaadin's heartbeat every 5 minutes); a sign-in gives the session the server's
 * {@code server.servlet.session.timeout}
 * @param maxAnonymousSessions the most sessions nobody has signed in to that one instance
 * keeps (default 20000, about 250 MiB at the 12.7 KiB of a session with a sign-in page
 * open that the abuse review measured in issue 24); past it the oldest of them ends, and
 * signed-in sessions are never touched
 * @param contentSecurityPolicy the {@code Content-Security-Policy} of every response
 * (default {@link PasswordlessSecurityConfigurer#CONTENT_SECURITY_POLICY}: same origin
 * only, with the inline and eval scripts and inline styles Vaadin Flow needs)
 * @param sessionCheckInterval how often an open page of a signed-in person asks the
 * server whether its session still stands (default 3 seconds), so that a page whose
 * person was signed out everywhere, disabled or deleted, on any instance, goes to the
 * sign-in page within this plus {@value SignOutsEverywhere#CACHE_SECONDS} seconds; 0
 * turns it off (the page then notices at its next request)
 */
@Validated
@ConfigurationProperties("passwordless.security")
public record SecurityProperties(@DefaultValue List<String> publicPaths,
		@DefaultValue("10m") Duration anonymousSessionTimeout, @DefaultValue("20000") @Min(1) int maxAnonymousSessions,
		@DefaultValue(PasswordlessSecurityConfigurer.CONTENT_SECURITY_POLICY) @NotBlank String contentSecurityPolicy,
		@DefaultValue("3s") Duration sessionCheckInterval) {
}
