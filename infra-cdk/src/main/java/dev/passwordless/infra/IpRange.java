package dev.passwordless.infra;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A block of addresses in CIDR notation, as WAF's IP sets take it: the network address
 * written out in full, then the prefix length.
 *
 * @param cidr e.g. {@code 203.0.113.10/32} or
 * {@code 2001:0db8:0000:0000:0000:0000:0000:0000/64}
 * @param ipv6 whether it is an IPv6 block
 */
record IpRange(String cidr, boolean ipv6) {

	/**
	 * The broadest blocks accepted: an app's egress is a few addresses; a bigger block
	 * would spare strangers from the rate limit too.
	 */
	static final int SHORTEST_IPV4_PREFIX = 16;

	static final int SHORTEST_IPV6_PREFIX = 48;

	private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

	// hex digits and colons only (and an embedded IPv4 tail), so the JDK parses a literal
	// and never looks a name up
	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

	/**
	 * Reads one block; a lone address is a block of one.
	 * @param text e.g. {@code 203.0.113.10/32}, {@code 203.0.113.10} or
	 * {@code 2001:db8::/48}
	 * @return the block
	 * @throws IllegalArgumentException saying what is wrong with it
	 */
	static IpRange parse(String text) {
		String[] parts = text.strip().split("/", -1);
		boolean v4 = IPV4.matcher(parts[0]).matches();
		if (parts.length > 2 || !(v4 || IPV6.matcher(parts[0]).matches())) {
			throw invalid(text, "is not an IP address or a block like 203.0.113.10/32");
		}
		byte[] address = address(text, parts[0]);
		int bits = address.length * 8;
		int prefix = (parts.length == 1) ? bits : prefix(text, parts[1], bits);
		int shortest = v4 ? SHORTEST_IPV4_PREFIX : SHORTEST_IPV6_PREFIX;
		if (prefix < shortest) {
			throw invalid(text, "is too broad (shorter than /" + shortest
					+ "): list the addresses the web app itself calls Cognito from");
		}
		BigInteger value = new BigInteger(1, address);
		if (!value.shiftRight(bits - prefix).shiftLeft(bits - prefix).equals(value)) {
			throw invalid(text, "has bits set after the /" + prefix + " prefix; write the block's first address, "
					+ "or the address alone");
		}
		return new IpRange(format(address) + "/" + prefix, !v4);
	}

	private static byte[] address(String text, String literal) {
		boolean v4 = IPV4.matcher(literal).matches();
		if (v4 && Arrays.stream(literal.split("\\.")).anyMatch((part) -> Integer.parseInt(part) > 255)) {
			// checked here, so that the JDK never takes it for a host name to look up
			throw invalid(text, "is not an IP address or a block like 203.0.113.10/32");
		}
		try {
			byte[] address = InetAddress.getByName(literal).getAddress();
			if ((address.length == 4) != v4) {
				// an IPv4-mapped IPv6 address, which WAF would not match against IPv6
				// traffic
				throw invalid(text, "is an IPv4 address written as IPv6; write it as IPv4");
			}
			return address;
		}
		catch (UnknownHostException ex) {
			throw invalid(text, "is not an IP address or a block like 203.0.113.10/32");
		}
	}

	private static int prefix(String text, String prefix, int bits) {
		if (!prefix.matches("[0-9]{1,3}") || Integer.parseInt(prefix) > bits) {
			throw invalid(text, "needs a prefix length from 0 to " + bits);
		}
		return Integer.parseInt(prefix);
	}

	private static String format(byte[] address) {
		StringBuilder text = new StringBuilder();
		if (address.length == 4) {
			for (byte part : address) {
				text.append((text.isEmpty()) ? "" : ".").append(Byte.toUnsignedInt(part));
			}
			return text.toString();
		}
		for (int i = 0; i < address.length; i += 2) {
			text.append((i == 0) ? "" : ":")
				.append("%04x".formatted((Byte.toUnsignedInt(address[i]) << 8) | Byte.toUnsignedInt(address[i + 1])));
		}
		return text.toString();
	}

	private static IllegalArgumentException invalid(String text, String problem) {
		return new IllegalArgumentException("appEgressCidrs: '" + text.strip() + "' " + problem);
	}

}
