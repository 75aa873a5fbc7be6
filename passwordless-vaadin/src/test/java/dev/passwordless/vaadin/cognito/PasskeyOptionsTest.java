package dev.passwordless.vaadin.cognito;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The request options a browser gets: one shape for every number, whether Cognito gave a
 * challenge (with the number's credentials and their transports) or offered none.
 */
class PasskeyOptionsTest {

	private static final PasskeyOptions.Shape LOCAL = PasskeyOptions.Shape.of("localhost");

	@Test
	void forBrowserWhenCognitoListsTheNumbersCredentialsThenOnlyChallengeRelyingPartyTimeoutAndVerification() {
		String cognito = """
				{"challenge":"%s","rpId":"portal.example.com","timeout":120000,"userVerification":"required",
				"allowCredentials":[{"type":"public-key","id":"%s","transports":["internal","hybrid"]},
				{"type":"public-key","id":"%s"}]}""".formatted(b64(32), b64(48), b64(16));

		PasskeyOptions.ForBrowser browser = PasskeyOptions.forBrowser(cognito, LOCAL);

		Map<?, ?> options = (Map<?, ?>) JsonDocuments.read(browser.json());
		assertThat(options.keySet()).map(String::valueOf)
			.containsExactly("challenge", "rpId", "timeout", "userVerification");
		assertThat(options.get("challenge")).isEqualTo(((Map<?, ?>) JsonDocuments.read(cognito)).get("challenge"));
		assertThat(browser.shape()).isEqualTo(new PasskeyOptions.Shape("portal.example.com", 120000, "required", 32));
	}

	@Test
	void decoyWhenOfTheShapeOfARealChallengeThenTheSameTextButTheChallengeAndTwoDecoysDiffer() {
		String real = PasskeyOptions.forBrowser("""
				{"challenge":"%s","rpId":"portal.example.com","timeout":120000,"userVerification":"required",
				"allowCredentials":[{"type":"public-key","id":"%s"}]}""".formatted(b64(32), b64(48)), LOCAL).json();
		PasskeyOptions.Shape shape = new PasskeyOptions.Shape("portal.example.com", 120000, "required", 32);

		String first = PasskeyOptions.decoy(shape, new SecureRandom());
		String second = PasskeyOptions.decoy(shape, new SecureRandom());

		assertThat(withoutChallenge(first)).isEqualTo(withoutChallenge(real)).isEqualTo(withoutChallenge(second));
		assertThat(challenge(first)).hasSize(32).isNotEqualTo(challenge(second));
	}

	@Test
	void forBrowserWhenCognitosOptionsHaveNoChallengeThenRefused() {
		assertThatThrownBy(() -> PasskeyOptions.forBrowser("{\"rpId\":\"x\"}", LOCAL))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void credentialIdWhenTheBrowsersJsonNamesOneThenThatIdAndOtherwiseNone() {
		assertThat(PasskeyOptions.credentialId("{\"id\":\"abc\",\"type\":\"public-key\"}")).contains("abc");
		assertThat(PasskeyOptions.credentialId("not json")).isEmpty();
		assertThat(PasskeyOptions.credentialId("[1,2]")).isEmpty();
	}

	private static String withoutChallenge(String json) {
		return json.replace((String) ((Map<?, ?>) JsonDocuments.read(json)).get("challenge"), "");
	}

	private static byte[] challenge(String json) {
		return Base64.getUrlDecoder().decode((String) ((Map<?, ?>) JsonDocuments.read(json)).get("challenge"));
	}

	private static String b64(int length) {
		byte[] bytes = new byte[length];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
