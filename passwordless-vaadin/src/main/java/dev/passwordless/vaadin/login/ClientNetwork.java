package dev.passwordless.vaadin.login;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client's address as the per-address limits count it, the way an attacker holds
 * addresses: an IPv4 address is one client (an attacker rarely has many, and a shared NAT
 * would otherwise be counted with its whole provider); an IPv6 address counts as its /64,
 * the prefix one subscriber or one cloud instance is given whole, and also as its /48,
 * what one site usually gets. IPv4-mapped IPv6 addresses ({@code ::ffff:192.0.2.1}) count
 * as IPv4. Anything that is not an address literal is its own client.
 *
 * @param client the key of the client: the IPv4 address or the IPv6 /64
 * @param network the key of its wider network for IPv6 (the /48), if any
 */
public record ClientNetwork(String client, Optional<String> network) {

	private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%[\\w.]+)?");

	private static final HexFormat HEX = HexFormat.of();

	/** The client of an address as the servlet container reports it. */
	public static ClientNetwork of(String address) {
		if (address == null || !LITERAL.matcher(address).matches()) {
			return new ClientNetwork("other:" + address, Optional.empty());
		}
		InetAddress parsed;
		try {
			// a literal, so no name is looked up
			parsed = InetAddress.getByName(address);
		}
		catch (UnknownHostException ex) {
			return new ClientNetwork("other:" + address, Optional.empty());
		}
		if (parsed instanceof Inet4Address) {
			return new ClientNetwork("ipv4:" + parsed.getHostAddress(), Optional.empty());
		}
		byte[] bytes = ((Inet6Address) parsed).getAddress();
		return new ClientNetwork("ipv6/64:" + HEX.formatHex(bytes, 0, 8),
				Optional.of("ipv6/48:" + HEX.formatHex(bytes, 0, 6)));
	}

}
