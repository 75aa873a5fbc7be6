package dev.passwordless.webapp.bench.load.vaadin;

import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One browser's cookies for one host: what {@code Set-Cookie} gave, sent back as one
 * {@code Cookie} header. Enough for the app's session, device and remember-me cookies
 * (all {@code Path=/}); attributes other than {@code Max-Age=0} are not interpreted.
 */
final class CookieJar {

	private final Map<String, String> cookies = new LinkedHashMap<>();

	/** Keeps (or, with {@code Max-Age=0}, drops) each cookie the answer sets. */
	synchronized void store(HttpHeaders headers) {
		for (String line : headers.allValues("set-cookie")) {
			String pair = line.split(";", 2)[0];
			int equals = pair.indexOf('=');
			if (equals <= 0) {
				continue;
			}
			String name = pair.substring(0, equals).trim();
			if (line.toLowerCase().contains("max-age=0")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, pair.substring(equals + 1).trim());
			}
		}
	}

	/** The {@code Cookie} header to send, if there is any cookie. */
	synchronized Optional<String> header() {
		if (this.cookies.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(this.cookies.entrySet()
			.stream()
			.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
			.collect(Collectors.joining("; ")));
	}

}
