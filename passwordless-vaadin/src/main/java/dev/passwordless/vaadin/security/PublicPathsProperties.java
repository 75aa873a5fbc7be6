package dev.passwordless.vaadin.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request paths of the portal that anyone may load without signing in, such as the
 * stylesheet and logo its layout shows around the sign-in views. Vaadin's own resources
 * and this module's are public already.
 *
 * @param publicPaths Ant-style path patterns, e.g. {@code /frontend-static/**} (default
 * none)
 */
@ConfigurationProperties("passwordless.security")
public record PublicPathsProperties(@DefaultValue List<String> publicPaths) {
}
