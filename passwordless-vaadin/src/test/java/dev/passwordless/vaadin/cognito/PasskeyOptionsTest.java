package dev.passwordless.vaadin.cognito;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The options a number without a passkey gets: shaped like the last real challenge's, so
 * that nothing in them tells the two apart.
 */
class PasskeyOptionsTest {

	private static final String REAL = """
			{"challenge":"%s","rpId":"portal.example.com","timeout":180000,"userVerification":"required",
			"allowCredentials":[{"type":"public-key","id":"%s"}]}""".formatted(b64(32), b64(48));

	@Test
	void decoyWhenARealChallengeWasSeenThenTheSameFieldsAndLengthsWithFreshRandomValues() {
		Map<?, ?> decoy = (Map<?, ?>) JsonDocuments.read(PasskeyOptions.decoy(REAL, "ignored", new SecureRandom()));
		Map<?, ?> real = (Map<?, ?>) JsonDocuments.read(REAL);

		assertThat(new java.util.HashSet<Object>(decoy.keySet()))
			.isEqualTo(new java.util.HashSet<Object>(real.keySet()));
		assertThat(decoy.get("rpId")).isEqualTo("portal.example.com");
		assertThat(decoy.get("userVerification")).isEqualTo("required");
		assertThat(decoded(decoy.get("challenge"))).hasSize(32);
		assertThat(decoy.get("challenge")).isNotEqualTo(real.get("challenge"));
		String id = (String) ((Map<?, ?>) ((List<?>) decoy.get("allowCredentials")).getFirst()).get("id");
		assertThat(decoded(id)).hasSize(48);
		assertThat(id).isNotEqualTo(((Map<?, ?>) ((List<?>) real.get("allowCredentials")).getFirst()).get("id"));
	}

	@Test
	void decoyWhenNoRealChallengeWasSeenYetThenTheGivenRelyingPartyAndOneCredential() {
		Map<?, ?> decoy = (Map<?, ?>) JsonDocuments.read(PasskeyOptions.decoy(null, "localhost", new SecureRandom()));

		assertThat(decoy.get("rpId")).isEqualTo("localhost");
		assertThat((List<?>) decoy.get("allowCredentials")).hasSize(1);
	}

	@Test
	void credentialIdWhenTheBrowsersJsonNamesOneThenThatIdAndOtherwiseNone() {
		assertThat(PasskeyOptions.credentialId("{\"id\":\"abc\",\"type\":\"public-key\"}")).contains("abc");
		assertThat(PasskeyOptions.credentialId("not json")).isEmpty();
		assertThat(PasskeyOptions.credentialId("[1,2]")).isEmpty();
	}

	private static byte[] decoded(Object value) {
		return Base64.getUrlDecoder().decode((String) value);
	}

	private static String b64(int length) {
		byte[] bytes = new byte[length];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
