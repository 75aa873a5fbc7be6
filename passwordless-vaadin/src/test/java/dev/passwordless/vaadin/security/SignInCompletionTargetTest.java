package dev.passwordless.vaadin.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A step-up goes on only to a page of this application. */
class SignInCompletionTargetTest {

	@Test
	void isLocalPathWhenAPathOfThisApplicationThenYes() {
		assertThat(SignInCompletionController.isLocalPath("/admin/users")).isTrue();
		assertThat(SignInCompletionController.isLocalPath("/account?delete")).isTrue();
	}

	@Test
	void isLocalPathWhenAnotherSiteOrNothingThenNo() {
		assertThat(SignInCompletionController.isLocalPath("//evil.example/")).isFalse();
		assertThat(SignInCompletionController.isLocalPath("/\\evil.example/")).isFalse();
		assertThat(SignInCompletionController.isLocalPath("https://evil.example/")).isFalse();
		assertThat(SignInCompletionController.isLocalPath("javascript:alert(1)")).isFalse();
		assertThat(SignInCompletionController.isLocalPath(null)).isFalse();
	}

}
