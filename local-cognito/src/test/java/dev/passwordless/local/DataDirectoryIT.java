package dev.passwordless.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pool's database holds its signing keys and secrets: only its owner may read it,
 * whether the data directory is new or was there before.
 */
class DataDirectoryIT {

	@TempDir
	Path parent;

	@BeforeEach
	void posixOnly() {
		assumeTrue(this.parent.getFileSystem().supportedFileAttributeViews().contains("posix"));
	}

	@Test
	void startWhenTheDataDirectoryIsNewThenItIs0700AndTheDatabaseFiles0600() throws IOException {
		Path data = this.parent.resolve("new/.local-cognito");
		try (LocalCognito cognito = LocalCognito.start(config(data))) {
			assertPrivate(data);
		}
		assertPrivate(data);
	}

	@Test
	void startWhenTheDirectoryAndDatabaseWereOpenThenTheyAreMadePrivateAndOtherFilesAreLeftAlone() throws IOException {
		Path data = this.parent.resolve("old");
		try (LocalCognito cognito = LocalCognito.start(config(data))) {
			// made once
		}
		Path notes = Files.writeString(data.resolve("notes.txt"), "mine");
		Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rw-r--r--"));
		Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
		for (Path file : databaseFiles(data)) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		}
		try (LocalCognito cognito = LocalCognito.start(config(data))) {
			assertPrivate(data);
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(notes))).isEqualTo("rw-r--r--");
	}

	private static LocalCognitoConfig config(Path data) {
		return LocalCognitoConfig.inMemory().echoSms(false).dataDirectory(data).build();
	}

	private static void assertPrivate(Path data) throws IOException {
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
		List<Path> files = databaseFiles(data);
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
				.isEqualTo("rw-------");
		}
	}

	private static List<Path> databaseFiles(Path data) throws IOException {
		try (Stream<Path> files = Files.list(data)) {
			return files.filter((file) -> file.getFileName().toString().startsWith("local-cognito.")).toList();
		}
	}

}
