package dev.passwordless.local.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The pool's embedded H2 database: a file under the data directory, or memory only. Each
 * table has its own store class in this package, which creates its table and holds its
 * SQL; this class only hands out connections. Plain JDBC; every call is one short
 * transaction.
 * <p>
 * The file holds the signing keys and secrets, so only its owner may read it: the data
 * directory is made 0700 and the database's files 0600 (where the file system has POSIX
 * permissions), also when they already exist.
 */
public final class Database implements AutoCloseable {

	private static final String FILE_NAME = "local-cognito";

	private final Path directory;

	private final JdbcConnectionPool pool;

	/**
	 * Opens (or creates) the database.
	 * @param dataDirectory where the file lives (created if missing); null keeps
	 * everything in memory
	 * @throws UncheckedIOException when the directory cannot be created or made private
	 */
	public Database(Path dataDirectory) {
		this.directory = dataDirectory;
		if (dataDirectory != null) {
			makePrivate(dataDirectory);
		}
		String url = (dataDirectory != null)
				? "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve(FILE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE"
				: "jdbc:h2:mem:local-cognito-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		this.pool = JdbcConnectionPool.create(url, "sa", "");
		this.pool.setMaxConnections(32);
		execute("SELECT 1");
		makeFilesPrivate();
	}

	@Override
	public void close() {
		try (Connection connection = this.pool.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
		catch (SQLException ex) {
			// already closed
		}
		this.pool.dispose();
		makeFilesPrivate();
	}

	private static void makePrivate(Path directory) {
		try {
			if (!posix(directory)) {
				Files.createDirectories(directory);
				return;
			}
			Files.createDirectories(directory,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + directory + " or make it private", ex);
		}
	}

	/** The database's own files (never anything else in the directory) become 0600. */
	private void makeFilesPrivate() {
		if (this.directory == null || !posix(this.directory)) {
			return;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.directory, FILE_NAME + ".*")) {
			for (Path file : files) {
				if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make the database files in " + this.directory + " private", ex);
		}
	}

	private static boolean posix(Path path) {
		return path.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	/** A row mapper. */
	interface Row<T> {

		T read(ResultSet row) throws SQLException;

	}

	/** Runs statements without parameters, e.g. a table's DDL. */
	void execute(String sql) {
		try (Connection connection = this.pool.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new StoreException(ex);
		}
	}

	/** Runs an INSERT, UPDATE, MERGE or DELETE; returns the number of rows changed. */
	int update(String sql, Object... parameters) {
		try (Connection connection = this.pool.getConnection();
				PreparedStatement statement = prepare(connection, sql, parameters)) {
			return statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new StoreException(ex);
		}
	}

	/** Runs an INSERT; false when the key is taken. */
	boolean insertIfAbsent(String sql, Object... parameters) {
		return updateIfUnique(sql, parameters);
	}

	/**
	 * Runs an INSERT or UPDATE; false when it would take a unique value another row has
	 * (or when an UPDATE finds no row).
	 */
	boolean updateIfUnique(String sql, Object... parameters) {
		try {
			return update(sql, parameters) == 1;
		}
		catch (StoreException ex) {
			if (ex.getCause() instanceof SQLIntegrityConstraintViolationException) {
				return false;
			}
			throw ex;
		}
	}

	<T> List<T> query(String sql, Row<T> reader, Object... parameters) {
		try (Connection connection = this.pool.getConnection();
				PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet rows = statement.executeQuery()) {
			List<T> result = new ArrayList<>();
			while (rows.next()) {
				result.add(reader.read(rows));
			}
			return result;
		}
		catch (SQLException ex) {
			throw new StoreException(ex);
		}
	}

	private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
		return statement;
	}

	/** A database failure. */
	static final class StoreException extends RuntimeException {

		StoreException(SQLException cause) {
			super(cause.getMessage(), cause);
		}

	}

}
