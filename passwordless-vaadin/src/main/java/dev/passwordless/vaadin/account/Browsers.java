package dev.passwordless.vaadin.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

import ua_parser.CachingParser;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * What a person is shown of a browser: its name and system from its {@code User-Agent}
 * (the ua-parser project's rules, not expressions of our own), and its place as a network
 * rather than an address (an IPv4 /24, an IPv6 /48).
 */
public final class Browsers {

	private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]+");

	/**
	 * Read at the first user agent: the rules take a while to load, and not every app
	 * shows one.
	 */
	private volatile Parser parser;

	/**
	 * The browser and its system, e.g. {@code Chrome} and {@code Windows}; empty when the
	 * user agent names neither.
	 */
	public Optional<Named> name(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return Optional.empty();
		}
		Client client = parser().parse(userAgent);
		String browser = client.userAgent.family;
		String system = client.os.family;
		if ("Other".equals(browser) && "Other".equals(system)) {
			return Optional.empty();
		}
		return Optional.of(new Named("Other".equals(browser) ? null : browser, "Other".equals(system) ? null : system));
	}

	private Parser parser() {
		Parser loaded = this.parser;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.parser;
				if (loaded == null) {
					loaded = new CachingParser();
					this.parser = loaded;
				}
			}
		}
		return loaded;
	}

	/**
	 * A browser's name and system, each null when unknown.
	 *
	 * @param browser e.g. {@code Mobile Safari}
	 * @param system e.g. {@code iOS}
	 */
	public record Named(String browser, String system) {
	}

	/**
	 * Where a sign-in came from, roughly: {@code 192.0.2.0/24}, {@code 2001:db8:1::/48};
	 * empty for anything that is no address.
	 */
	public static Optional<String> network(String address) {
		if (address == null || !ADDRESS.matcher(address).matches()) {
			return Optional.empty();
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length == 4) {
				return Optional.of((bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24");
			}
			return Optional.of(String.format("%x:%x:%x::/48", ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff),
					((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff), ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff)));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

}
