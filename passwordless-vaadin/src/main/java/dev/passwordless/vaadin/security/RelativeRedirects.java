package dev.passwordless.vaadin.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects within this site leave as relative locations, so a forged {@code Host} header
 * ({@code Host: evil.example}) never becomes a redirect to another site. Spring
 * Security's login entry point builds an absolute URL from the request's host; this turns
 * any absolute location whose host is the request's own into its path and query, and
 * Tomcat's {@code use-relative-redirects} (set by {@code LocalProfile}) keeps it
 * relative. Locations on other hosts (an allowed origin after sign-in) are left as they
 * are.
 */
class RelativeRedirects extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {
			@Override
			public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
				super.sendRedirect(relative(request, location), status, clearBuffer);
			}

			@Override
			public void sendRedirect(String location) throws IOException {
				super.sendRedirect(relative(request, location));
			}

			@Override
			public void sendRedirect(String location, int status) throws IOException {
				super.sendRedirect(relative(request, location), status);
			}

			@Override
			public void sendRedirect(String location, boolean clearBuffer) throws IOException {
				super.sendRedirect(relative(request, location), clearBuffer);
			}
		});
	}

	/** The location without scheme and authority when it points at the request's host. */
	static String relative(HttpServletRequest request, String location) {
		URI uri;
		try {
			uri = URI.create(location);
		}
		catch (IllegalArgumentException ex) {
			return location;
		}
		if (!uri.isAbsolute() || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
			return location;
		}
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		return path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "")
				+ ((uri.getRawFragment() != null) ? "#" + uri.getRawFragment() : "");
	}

}
