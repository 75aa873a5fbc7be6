package dev.passwordless.webapp.security;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInTargetTest {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/portal", "/portal/reports?year=2026" })
	void targetWhenLocalPathThenAccepted(String target) {
		assertThat(new SignInTarget(target, List.of()).location()).isEqualTo(target);
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example.com", "https://evil.example.com/", "/\\evil.example.com",
			"javascript:alert(1)", "portal", "http://portal.example.com/" })
	void targetWhenNotLocalAndNotAllowedThenRefusedAtStartUp(String target) {
		assertThatThrownBy(() -> new SignInTarget(target, List.of("https://portal.example.com")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://portal.example.com/", "https://portal.example.com/home" })
	void targetWhenOriginIsOnTheAllowlistThenAccepted(String target) {
		assertThat(new SignInTarget(target, List.of("https://portal.example.com")).location()).isEqualTo(target);
	}

}
