package dev.passwordless.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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

	@Test
	void startWhenTheDatabaseIsFromAnEarlierVersionThenItsUsersAreKept() throws Exception {
		Path data = Files.createDirectories(this.parent.resolve("earlier"));
		String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("local-cognito");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			// the users table as the first version made it
			statement.execute(
					"""
							CREATE TABLE users (username VARCHAR(36) PRIMARY KEY, phone VARCHAR(20) NOT NULL UNIQUE,
							  attributes CLOB NOT NULL, status VARCHAR(32) NOT NULL, enabled BOOLEAN NOT NULL,
							  created_at BIGINT NOT NULL, modified_at BIGINT NOT NULL);
							INSERT INTO users VALUES ('0b6c4b7e-6d3a-4f31-9a59-2f7c3f1d2e11', '+14155550123',
							  '{"name":"Ada Lovelace","phone_number":"+14155550123","sub":"0b6c4b7e-6d3a-4f31-9a59-2f7c3f1d2e11"}',
							  'CONFIRMED', TRUE, 0, 0);
							SHUTDOWN""");
		}
		try (LocalCognito cognito = LocalCognito.start(config(data))) {
			PoolClient client = new PoolClient(cognito.pool());
			assertThat(client.cognito
				.listUsers((request) -> request.userPoolId(cognito.pool().userPoolId()).filter("name ^= \"Ada\""))
				.users()).singleElement()
				.satisfies((user) -> assertThat(user.username()).isEqualTo("0b6c4b7e-6d3a-4f31-9a59-2f7c3f1d2e11"));
		}
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet type = statement.executeQuery("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
						+ " WHERE TABLE_NAME = 'USERS' AND COLUMN_NAME = 'ATTRIBUTES'")) {
			assertThat(type.next()).isTrue();
			assertThat(type.getString(1)).isEqualTo("CHARACTER VARYING");
		}
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
