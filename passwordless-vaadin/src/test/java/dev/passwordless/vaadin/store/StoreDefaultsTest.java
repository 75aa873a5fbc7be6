package dev.passwordless.vaadin.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class StoreDefaultsTest {

	@TempDir
	Path temporary;

	@Test
	void startWhenTheDataDirectoryIsMissingThenItIsCreatedForItsOwnerOnly() throws Exception {
		Path directory = this.temporary.resolve("fresh");

		start(directory);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
	}

	@Test
	void startWhenTheDataDirectoryWasMadeReadableByOthersThenItAndItsFilesAreMadePrivate() throws Exception {
		Path directory = Files.createDirectory(this.temporary.resolve("premade"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		Path database = Files.createFile(directory.resolve("passwordless.mv.db"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

		start(directory);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database))).isEqualTo("rw-------");
	}

	private static void start(Path directory) {
		MockEnvironment environment = new MockEnvironment().withProperty("passwordless.store.data-directory",
				directory.toString());
		new StoreDefaults().postProcessEnvironment(environment, new SpringApplication());
	}

}
