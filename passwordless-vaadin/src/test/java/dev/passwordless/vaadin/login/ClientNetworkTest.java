package dev.passwordless.vaadin.login;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientNetworkTest {

	@Test
	void ofWhenTwoAddressesOfOneIpv6Slash64ThenTheyAreOneClient() {
		assertThat(ClientNetwork.of("2001:db8:1:2:aaaa::1"))
			.isEqualTo(ClientNetwork.of("2001:db8:1:2:ffff:ffff:ffff:fffe"));
	}

	@Test
	void ofWhenTwoSlash64sOfOneSlash48ThenTwoClientsOfOneNetwork() {
		ClientNetwork one = ClientNetwork.of("2001:db8:1:2::1");
		ClientNetwork other = ClientNetwork.of("2001:db8:1:3::1");

		assertThat(one.client()).isNotEqualTo(other.client());
		assertThat(one.network()).isPresent().isEqualTo(other.network());
	}

	@Test
	void ofWhenIpv4ThenEachAddressIsAClientOfItsOwn() {
		assertThat(ClientNetwork.of("192.0.2.1").client()).isNotEqualTo(ClientNetwork.of("192.0.2.2").client());
		assertThat(ClientNetwork.of("192.0.2.1").network()).isEmpty();
	}

	@Test
	void ofWhenIpv4MappedIpv6ThenTheSameClientAsTheIpv4Address() {
		assertThat(ClientNetwork.of("::ffff:192.0.2.1")).isEqualTo(ClientNetwork.of("192.0.2.1"));
	}

	@Test
	void ofWhenNotAnAddressLiteralThenItsOwnClientAndNoNameIsLookedUp() {
		assertThat(ClientNetwork.of("unknown").client()).isEqualTo("other:unknown");
		assertThat(ClientNetwork.of("localhost").client()).isEqualTo("other:localhost");
	}

}
