package dev.passwordless.vaadin.cognito;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The password of accounts nobody signs in to with a password. */
class ThrowawayPasswordTest {

	@Test
	void makeWhenCalledAgainThenANewOneEachTime() {
		Set<String> made = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			made.add(ThrowawayPassword.make());
		}
		assertThat(made).hasSize(100);
	}

	@Test
	void makeWhenMadeThen47CharactersWithEachKindAPasswordPolicyCanRequire() {
		String password = ThrowawayPassword.make();
		// four in front, then 256 random bits in 43 Base64 characters
		assertThat(password).hasSize(47)
			.containsPattern("[A-Z]")
			.containsPattern("[a-z]")
			.containsPattern("[0-9]")
			.containsPattern("[^A-Za-z0-9]");
	}

}
