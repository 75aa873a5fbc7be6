package dev.passwordless.vaadin.security;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where a completed sign-in goes, for embedding as a portal's login: a local path, or an
 * absolute URL whose origin is on the allowlist. Anything else is refused at start-up.
 *
 * @param afterSignIn the target (default {@code /})
 * @param allowedOrigins origins an absolute target may have, e.g.
 * {@code https://portal.example.com} (default none)
 */
@Validated
@ConfigurationProperties("passwordless.redirect")
public record RedirectProperties(@DefaultValue("/") @NotNull String afterSignIn,
		@DefaultValue List<String> allowedOrigins) {

	public RedirectProperties {
		if (!isLocalPath(afterSignIn) && !isAllowedAbsolute(afterSignIn, allowedOrigins)) {
			throw new IllegalArgumentException("passwordless.redirect.after-sign-in must be a local path like /portal "
					+ "or a URL on passwordless.redirect.allowed-origins, was " + afterSignIn);
		}
	}

	static boolean isLocalPath(String target) {
		return target.startsWith("/") && !target.startsWith("//") && !target.contains("\\") && !target.contains("\n")
				&& !target.contains("\r");
	}

	private static boolean isAllowedAbsolute(String target, List<String> origins) {
		try {
			URI uri = URI.create(target);
			String origin = uri.getScheme() + "://" + uri.getAuthority();
			return uri.isAbsolute() && "https".equals(uri.getScheme()) && origins.contains(origin);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
