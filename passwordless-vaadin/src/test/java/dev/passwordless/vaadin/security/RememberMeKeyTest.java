package dev.passwordless.vaadin.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberMeKeyTest {

	private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	@Test
	void resolveWhenMissingOutsideTheLocalProfileThenFailsNamingTheSettingAndItsVariable() {
		assertThatThrownBy(() -> RememberMeKey.resolve(" ", false, Optional.empty()))
			.hasMessageContaining("passwordless.remember-me.key")
			.hasMessageContaining("PASSWORDLESS_REMEMBER_ME_KEY")
			.hasMessageContaining("Base64 of 32 random bytes");
	}

	@Test
	void resolveWhenNotBase64Of32BytesThenFailsNamingTheSettingWithoutShowingTheValue() {
		String shortKey = "c2hvcnQta2V5LXZhbHVl";
		assertThatThrownBy(() -> RememberMeKey.resolve(shortKey, false, Optional.empty()))
			.hasMessageContaining("passwordless.remember-me.key")
			.hasMessageNotContaining(shortKey);
		assertThatThrownBy(() -> RememberMeKey.resolve("not base64!", true, Optional.empty()))
			.hasMessageContaining("passwordless.remember-me.key");
	}

	@Test
	void resolveWhenLocalWithADataDirectoryThenGeneratesOnceKeepsItOwnerOnlyAndReadsItBack(@TempDir Path directory)
			throws Exception {
		RememberMeKey first = RememberMeKey.resolve(null, true, Optional.of(directory));
		RememberMeKey second = RememberMeKey.resolve(null, true, Optional.of(directory));
		assertThat(second.hash("test", "x")).isEqualTo(first.hash("test", "x"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(RememberMeKey.FILE))))
			.isEqualTo("rw-------");
	}

	@Test
	void hashWhenTheSameValueForTwoPurposesThenTwoKeysAndNeitherIsTheValue() {
		RememberMeKey key = RememberMeKey.resolve(KEY, false, Optional.empty());
		assertThat(key.hash("limits", "+12025550190")).isNotEqualTo(key.hash("other", "+12025550190"))
			.doesNotContain("2025550190")
			.hasSize(64);
		assertThat(key).hasToString("RememberMeKey[hidden]");
	}

}
