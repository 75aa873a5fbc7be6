package dev.passwordless.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the app's egress blocks into WAF's notation. */
class IpRangeTest {

	@Test
	void parseWhenAnIpv4BlockThenKeptAsItIs() {
		assertThat(IpRange.parse(" 198.51.100.0/28 ")).isEqualTo(new IpRange("198.51.100.0/28", false));
	}

	@Test
	void parseWhenALoneAddressThenABlockOfOne() {
		assertThat(IpRange.parse("203.0.113.10")).isEqualTo(new IpRange("203.0.113.10/32", false));
		assertThat(IpRange.parse("2001:db8::1"))
			.isEqualTo(new IpRange("2001:0db8:0000:0000:0000:0000:0000:0001/128", true));
	}

	@Test
	void parseWhenAnIpv6BlockThenWrittenOutInFull() {
		assertThat(IpRange.parse("2001:DB8:ab::/48"))
			.isEqualTo(new IpRange("2001:0db8:00ab:0000:0000:0000:0000:0000/48", true));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					app.example.com      | is not an IP address or a block like 203.0.113.10/32
					300.1.2.3            | is not an IP address or a block like 203.0.113.10/32
					203.0.113.10/32/1    | is not an IP address or a block like 203.0.113.10/32
					203.0.113.10/33      | needs a prefix length from 0 to 32
					203.0.113.10/x       | needs a prefix length from 0 to 32
					2001:db8::/129       | needs a prefix length from 0 to 128
					10.0.0.0/8           | is too broad (shorter than /16): list the addresses the web app itself calls Cognito from
					0.0.0.0/0            | is too broad (shorter than /16): list the addresses the web app itself calls Cognito from
					2001:db8::/32        | is too broad (shorter than /48): list the addresses the web app itself calls Cognito from
					203.0.113.7/24       | has bits set after the /24 prefix; write the block's first address, or the address alone
					::ffff:203.0.113.10  | is an IPv4 address written as IPv6; write it as IPv4
					""")
	void parseWhenNotAUsableBlockThenRefusedSayingWhy(String text, String problem) {
		assertThatThrownBy(() -> IpRange.parse(text)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("appEgressCidrs: '" + text + "' " + problem);
	}

}
