package dev.passwordless.local.http;

import java.util.Locale;
import java.util.Set;

/**
 * The {@code Host} values the pool answers: the loopback names with its port. A page on
 * another site that makes the browser resolve its own name to 127.0.0.1 (DNS rebinding)
 * sends its own name as {@code Host}, so it is refused before anything is done.
 */
public final class LoopbackHosts {

	private final Set<String> allowed;

	/** The hosts for a server on this port. */
	public LoopbackHosts(int port) {
		this.allowed = Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
	}

	/**
	 * @param host the request's {@code Host} header, null when absent
	 * @return whether it names the loopback and this port
	 */
	public boolean allows(String host) {
		return host != null && this.allowed.contains(host.toLowerCase(Locale.ROOT));
	}

	/**
	 * @param origin a browser's {@code Origin} header
	 * @return whether it is a page of this pool itself: {@code http://} and one of the
	 * allowed hosts ({@code null}, which opaque origins send, is not)
	 */
	public boolean isOwnOrigin(String origin) {
		return origin.regionMatches(true, 0, "http://", 0, 7) && allows(origin.substring(7));
	}

	/** What a refused request is told. */
	String refusal() {
		return "local-cognito answers only requests addressed to "
				+ String.join(", ", this.allowed.stream().sorted().toList());
	}

}
