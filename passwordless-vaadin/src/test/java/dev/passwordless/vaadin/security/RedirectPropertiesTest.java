package dev.passwordless.vaadin.security;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedirectPropertiesTest {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/portal", "/portal/reports?year=2026" })
	void targetWhenLocalPathThenAccepted(String target) {
		assertThat(new RedirectProperties(target, List.of()).afterSignIn()).isEqualTo(target);
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example.com", "https://evil.example.com/", "/\\evil.example.com",
			"javascript:alert(1)", "portal", "http://portal.example.com/" })
	void targetWhenNotLocalAndNotAllowedThenRefusedAtStartUp(String target) {
		assertThatThrownBy(() -> new RedirectProperties(target, List.of("https://portal.example.com")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://portal.example.com/", "https://portal.example.com/home" })
	void targetWhenOriginIsOnTheAllowlistThenAccepted(String target) {
		assertThat(new RedirectProperties(target, List.of("https://portal.example.com")).afterSignIn())
			.isEqualTo(target);
	}

}
