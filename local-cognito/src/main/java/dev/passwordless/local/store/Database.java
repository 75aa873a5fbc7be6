package dev.passwordless.local.store;

import java.nio.file.Path;
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
 */
public final class Database implements AutoCloseable {

	private final JdbcConnectionPool pool;

	/**
	 * Opens (or creates) the database.
	 * @param dataDirectory where the file lives; null keeps everything in memory
	 */
	public Database(Path dataDirectory) {
		String url = (dataDirectory != null)
				? "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("local-cognito") + ";DB_CLOSE_ON_EXIT=FALSE"
				: "jdbc:h2:mem:local-cognito-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		this.pool = JdbcConnectionPool.create(url, "sa", "");
		this.pool.setMaxConnections(32);
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
