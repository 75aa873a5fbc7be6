package dev.passwordless.local.http;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.sun.net.httpserver.Headers;

/**
 * Requests that a browser sends on behalf of a page (cross-site request forgery): the
 * pool serves no pages, so none that changes something is one of its own. Refused: one
 * the browser marks as made for another site, or for the same site on another port
 * ({@code Sec-Fetch-Site: cross-site} or {@code same-site}); one whose {@code Origin} is
 * not the pool itself; and any form-like one (form-encoded, multipart or plain text, the
 * bodies an HTML form sends without a script) that carries a browser's {@code Origin} or
 * {@code Sec-Fetch-*} headers. The SDKs and the CLI send none of these headers.
 */
final class CrossSiteRequests {

	/** The content types a page can send without the browser asking the server first. */
	private static final Set<String> FORM_LIKE = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
			"text/plain");

	private final LoopbackHosts hosts;

	CrossSiteRequests(LoopbackHosts hosts) {
		this.hosts = hosts;
	}

	/**
	 * @param headers the request's headers
	 * @return why the request is refused; empty when no browser sent it for another page
	 */
	Optional<String> refusal(Headers headers) {
		String site = headers.getFirst("Sec-Fetch-Site");
		if (site != null && Set.of("cross-site", "same-site").contains(site.toLowerCase(Locale.ROOT))) {
			return Optional.of("local-cognito refuses requests a browser makes for another site (Sec-Fetch-Site: "
					+ site.toLowerCase(Locale.ROOT) + ")");
		}
		String origin = headers.getFirst("Origin");
		if (origin != null && !this.hosts.isOwnOrigin(origin)) {
			return Optional.of("local-cognito refuses requests from pages of another origin");
		}
		boolean fromBrowser = origin != null
				|| headers.keySet().stream().anyMatch((name) -> name.toLowerCase(Locale.ROOT).startsWith("sec-fetch-"));
		if (fromBrowser && isFormLike(headers.getFirst("Content-Type"))) {
			return Optional.of("local-cognito refuses form posts from browsers");
		}
		return Optional.empty();
	}

	private static boolean isFormLike(String contentType) {
		if (contentType == null) {
			// a browser sends text/plain for a body without a type
			return true;
		}
		return FORM_LIKE.contains(contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
	}

}
