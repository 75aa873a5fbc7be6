package dev.passwordless.triggers.settings;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretsTest {

	@ParameterizedTest
	@ValueSource(
			strings = { "", "short", "                                        ", "thirty-one-characters-is-short!" })
	void hmacKeyWhenTheSecretIsShortThenRefusesToStartNamingTheSetting(String secret) {
		assertThatThrownBy(() -> Secrets.hmacKey(Map.of("SEND_LIMIT_KEY", secret), "SEND_LIMIT_KEY"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("SEND_LIMIT_KEY must be a secret of at least 32 characters")
			.hasMessageNotContaining(secret.isBlank() ? "\u0000" : secret);
	}

	@ParameterizedTest
	@ValueSource(strings = { "SEND_LIMIT_KEY", "CODE_HASH_KEY" })
	void hmacKeyWhenTheSecretIsMissingThenRefusesToStartNamingTheSetting(String name) {
		assertThatThrownBy(() -> Secrets.hmacKey(Map.of(), name))
			.hasMessage(name + " must be a secret of at least 32 characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "thirty-two-characters-is-enough!", " thirty-two-characters-is-enough! \n" })
	void hmacKeyWhenTheSecretIsLongEnoughThenIsAnHmacKeyWithoutSurroundingSpace(String secret) {
		assertThat(Secrets.hmacKey(Map.of("CODE_HASH_KEY", secret), "CODE_HASH_KEY").getEncoded())
			.isEqualTo("thirty-two-characters-is-enough!".getBytes(StandardCharsets.UTF_8));
	}

}
