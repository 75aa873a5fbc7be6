package dev.passwordless.testing.browser;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingProxyTest {

	@Test
	void responsesHoldingWhenANewResponseHoldsAKnownSecretThenFound() {
		try (RecordingProxy proxy = new RecordingProxy(1)) {
			proxy.responses.add("HTTP/1.1 200 nothing here");
			assertThat(proxy.responsesHolding(List.of("eyJsecret"))).isEmpty();
			proxy.responses.add("HTTP/1.1 200 <script>eyJsecret</script>");
			assertThat(proxy.responsesHolding(List.of("eyJsecret")))
				.containsExactly("response 1 holds the secret starting eyJsec");
		}
	}

	@Test
	void responsesHoldingWhenASecretLearntLaterIsInAnEarlierResponseThenFound() {
		try (RecordingProxy proxy = new RecordingProxy(1)) {
			proxy.responses.add("HTTP/1.1 200 session AYABe0123");
			assertThat(proxy.responsesHolding(List.of("eyJsecret"))).isEmpty();
			assertThat(proxy.responsesHolding(List.of("eyJsecret", "AYABe0123")))
				.containsExactly("response 0 holds the secret starting AYABe0");
		}
	}

	@Test
	void responsesHoldingWhenCalledAgainThenEachPairIsReadOnce() {
		try (RecordingProxy proxy = new RecordingProxy(1)) {
			proxy.responses.add("HTTP/1.1 200 eyJsecret");
			assertThat(proxy.responsesHolding(List.of("eyJsecret"))).hasSize(1);
			// nothing new to read: the finding was reported once
			assertThat(proxy.responsesHolding(List.of("eyJsecret"))).isEmpty();
		}
	}

}
