package dev.passwordless.vaadin.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The secret every instance shares, and the keys derived from it. */
class MasterKeyTest {

	private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	@Test
	void resolveWhenMissingOutsideTheLocalProfileThenFailsNamingTheSettingAndItsVariable() {
		assertThatThrownBy(() -> MasterKey.resolve(" ", false, Optional.empty()))
			.hasMessageContaining("passwordless.master-key")
			.hasMessageContaining("PASSWORDLESS_MASTER_KEY")
			.hasMessageContaining("Base64 of 32 random bytes");
	}

	@Test
	void resolveWhenNotBase64Of32BytesThenFailsNamingTheSettingWithoutShowingTheValue() {
		String shortKey = "c2hvcnQta2V5LXZhbHVl";
		assertThatThrownBy(() -> MasterKey.resolve(shortKey, false, Optional.empty()))
			.hasMessageContaining("passwordless.master-key")
			.hasMessageNotContaining(shortKey);
		assertThatThrownBy(() -> MasterKey.resolve("not base64!", true, Optional.empty()))
			.hasMessageContaining("passwordless.master-key");
	}

	@Test
	void resolveWhenLocalWithADataDirectoryThenGeneratesOnceKeepsItOwnerOnlyAndReadsItBack(@TempDir Path directory)
			throws Exception {
		MasterKey first = MasterKey.resolve(null, true, Optional.of(directory));
		MasterKey second = MasterKey.resolve(null, true, Optional.of(directory));
		assertThat(second.hash("test", "x")).isEqualTo(first.hash("test", "x"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(MasterKey.FILE))))
			.isEqualTo("rw-------");
	}

	@Test
	void resolveWhenOnlyTheFormerSettingIsSetThenItsKeyAndTheNewSettingWinsOverIt() {
		String other = "HxwdHhsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=";
		MasterKey former = MasterKey.resolve(null, KEY, false, Optional.empty());
		assertThat(former.hash("test", "x"))
			.isEqualTo(MasterKey.resolve(KEY, false, Optional.empty()).hash("test", "x"));
		assertThat(MasterKey.resolve(other, KEY, false, Optional.empty()).hash("test", "x"))
			.isEqualTo(MasterKey.resolve(other, false, Optional.empty()).hash("test", "x"));
		assertThatThrownBy(() -> MasterKey.resolve(null, "c2hvcnQ=", false, Optional.empty()))
			.hasMessageContaining("passwordless.remember-me.key");
	}

	@Test
	void resolveWhenADataDirectoryHasTheKeyUnderItsFormerNameThenTheSameKeyRenamed(@TempDir Path directory)
			throws Exception {
		Files.writeString(directory.resolve(MasterKey.FORMER_FILE), KEY + "\n");

		MasterKey kept = MasterKey.resolve(null, true, Optional.of(directory));

		assertThat(kept.hash("test", "x")).isEqualTo(MasterKey.resolve(KEY, false, Optional.empty()).hash("test", "x"));
		assertThat(directory.resolve(MasterKey.FILE)).exists();
		assertThat(directory.resolve(MasterKey.FORMER_FILE)).doesNotExist();
	}

	@Test
	void hashWhenTheSameValueForTwoPurposesThenTwoKeysAndNeitherIsTheValue() {
		MasterKey key = MasterKey.resolve(KEY, false, Optional.empty());
		assertThat(key.hash("limits", "+12025550190")).isNotEqualTo(key.hash("other", "+12025550190"))
			.doesNotContain("2025550190")
			.hasSize(64);
		assertThat(key).hasToString("MasterKey[hidden]");
	}

}
