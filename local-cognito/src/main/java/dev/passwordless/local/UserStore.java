package dev.passwordless.local;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passwordless.rules.SendHistory;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Users, groups, refresh tokens, signing keys and the SMS send limits in an embedded H2
 * database: a file under the data directory, or memory only. Plain JDBC; every method is
 * one short transaction.
 */
final class UserStore implements AutoCloseable {

	/** A refresh token as stored: only its SHA-256, never the token. */
	record RefreshToken(String originJti, String username, String clientId, Instant authTime, Instant expiresAt,
			boolean revoked) {
	}

	/** A group of the pool. */
	record Group(String name, String description, Integer precedence, Instant created, Instant modified) {
	}

	private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
	};

	private final JdbcConnectionPool pool;

	private final ObjectMapper json;

	UserStore(Path dataDirectory, ObjectMapper json) {
		this.json = json;
		String url = (dataDirectory != null)
				? "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("local-cognito") + ";DB_CLOSE_ON_EXIT=FALSE"
				: "jdbc:h2:mem:local-cognito-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		this.pool = JdbcConnectionPool.create(url, "sa", "");
		this.pool.setMaxConnections(32);
		update("""
				CREATE TABLE IF NOT EXISTS users (username VARCHAR(36) PRIMARY KEY, phone VARCHAR(20) NOT NULL UNIQUE,
				  attributes CLOB NOT NULL, status VARCHAR(32) NOT NULL, enabled BOOLEAN NOT NULL,
				  created_at BIGINT NOT NULL, modified_at BIGINT NOT NULL);
				CREATE TABLE IF NOT EXISTS user_groups (name VARCHAR(128) PRIMARY KEY, description VARCHAR(2048),
				  precedence INT, created_at BIGINT NOT NULL, modified_at BIGINT NOT NULL);
				CREATE TABLE IF NOT EXISTS memberships (username VARCHAR(36) NOT NULL, group_name VARCHAR(128) NOT NULL,
				  PRIMARY KEY (username, group_name));
				CREATE TABLE IF NOT EXISTS refresh_tokens (token_hash VARCHAR(64) PRIMARY KEY,
				  origin_jti VARCHAR(36) NOT NULL UNIQUE, username VARCHAR(36) NOT NULL, client_id VARCHAR(128) NOT NULL,
				  auth_time BIGINT NOT NULL, expires_at BIGINT NOT NULL, revoked BOOLEAN NOT NULL);
				CREATE INDEX IF NOT EXISTS refresh_tokens_user ON refresh_tokens (username);
				CREATE TABLE IF NOT EXISTS signing_keys (purpose VARCHAR(16) PRIMARY KEY, jwk CLOB NOT NULL);
				CREATE TABLE IF NOT EXISTS send_limits (pk VARCHAR(128) PRIMARY KEY, version BIGINT NOT NULL,
				  sent VARCHAR(2048) NOT NULL, expires_at BIGINT NOT NULL);
				CREATE INDEX IF NOT EXISTS send_limits_expiry ON send_limits (expires_at);
				CREATE TABLE IF NOT EXISTS send_counters (pk VARCHAR(128) PRIMARY KEY, n BIGINT NOT NULL,
				  expires_at BIGINT NOT NULL);
				""");
	}

	// Users

	/**
	 * @return false when the phone number is taken
	 */
	boolean insert(User user) {
		return insertIfAbsent("INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, ?)", user.username(), user.phoneNumber(),
				write(user.attributes()), user.status(), user.enabled(), user.created().toEpochMilli(),
				user.modified().toEpochMilli());
	}

	/** Finds a user by user name (sub) or phone alias. */
	Optional<User> find(String usernameOrPhone) {
		return query("SELECT * FROM users WHERE username = ? OR phone = ?", this::user, usernameOrPhone,
				usernameOrPhone)
			.stream()
			.findFirst();
	}

	void updateAttributes(String username, Map<String, String> attributes, Instant now) {
		update("UPDATE users SET attributes = ?, phone = ?, modified_at = ? WHERE username = ?", write(attributes),
				attributes.get("phone_number"), now.toEpochMilli(), username);
	}

	boolean delete(String username) {
		update("DELETE FROM memberships WHERE username = ?", username);
		update("DELETE FROM refresh_tokens WHERE username = ?", username);
		return update("DELETE FROM users WHERE username = ?", username) == 1;
	}

	/**
	 * Users in sign-up order; a filter on one attribute ({@code =} exact, {@code ^=}
	 * prefix) is applied here.
	 */
	List<User> list(String attribute, String value, boolean prefix, int offset, int limit) {
		List<User> all = query("SELECT * FROM users ORDER BY created_at, username", this::user);
		return all.stream().filter((user) -> {
			if (attribute == null) {
				return true;
			}
			String actual = switch (attribute) {
				case "username" -> user.username();
				case "status", "cognito:user_status" -> user.status();
				default -> user.attributes().get(attribute);
			};
			return actual != null && (prefix ? actual.startsWith(value) : actual.equals(value));
		}).skip(offset).limit(limit).toList();
	}

	// Groups

	boolean insertGroup(Group group) {
		try {
			return update("INSERT INTO user_groups VALUES (?, ?, ?, ?, ?)", group.name(), group.description(),
					group.precedence(), group.created().toEpochMilli(), group.modified().toEpochMilli()) == 1;
		}
		catch (StoreException ex) {
			if (ex.getCause() instanceof SQLIntegrityConstraintViolationException) {
				return false;
			}
			throw ex;
		}
	}

	Optional<Group> group(String name) {
		return query("SELECT * FROM user_groups WHERE name = ?", this::group, name).stream().findFirst();
	}

	void addMember(String username, String group) {
		update("MERGE INTO memberships KEY (username, group_name) VALUES (?, ?)", username, group);
	}

	void removeMember(String username, String group) {
		update("DELETE FROM memberships WHERE username = ? AND group_name = ?", username, group);
	}

	List<Group> groupsOf(String username) {
		return query("""
				SELECT g.* FROM user_groups g JOIN memberships m ON m.group_name = g.name WHERE m.username = ?
				ORDER BY g.precedence NULLS LAST, g.name""", this::group, username);
	}

	// Refresh tokens

	void insertRefreshToken(String tokenHash, RefreshToken token) {
		update("INSERT INTO refresh_tokens VALUES (?, ?, ?, ?, ?, ?, ?)", tokenHash, token.originJti(),
				token.username(), token.clientId(), token.authTime().toEpochMilli(), token.expiresAt().toEpochMilli(),
				token.revoked());
	}

	Optional<RefreshToken> refreshToken(String tokenHash) {
		return query("SELECT * FROM refresh_tokens WHERE token_hash = ?", this::refreshToken, tokenHash).stream()
			.findFirst();
	}

	/**
	 * Whether tokens descending from this authentication were revoked (or their user is
	 * gone).
	 */
	boolean isRevoked(String originJti) {
		return query("SELECT revoked FROM refresh_tokens WHERE origin_jti = ?", (row) -> row.getBoolean(1), originJti)
			.stream()
			.findFirst()
			.orElse(true);
	}

	void revokeRefreshToken(String tokenHash) {
		update("UPDATE refresh_tokens SET revoked = TRUE WHERE token_hash = ?", tokenHash);
	}

	void revokeAll(String username) {
		update("UPDATE refresh_tokens SET revoked = TRUE WHERE username = ?", username);
	}

	// Signing keys

	Optional<String> signingKey(String purpose) {
		return query("SELECT jwk FROM signing_keys WHERE purpose = ?", (row) -> row.getString(1), purpose).stream()
			.findFirst();
	}

	/** Stores a key unless one exists; returns the one that is stored. */
	String signingKeyIfAbsent(String purpose, String jwk) {
		insertIfAbsent("INSERT INTO signing_keys VALUES (?, ?)", purpose, jwk);
		return signingKey(purpose).orElseThrow();
	}

	// Send limits: the same compare-and-set semantics as the DynamoDB table on AWS

	Optional<SendHistory> sendHistory(String key) {
		return query("SELECT version, sent FROM send_limits WHERE pk = ?",
				(row) -> new SendHistory(row.getLong("version"), instants(row.getString("sent"))), key)
			.stream()
			.findFirst();
	}

	boolean replaceSendHistory(String key, Optional<SendHistory> expected, SendHistory next) {
		String sent = next.sentAt()
			.stream()
			.map((instant) -> Long.toString(instant.toEpochMilli()))
			.collect(Collectors.joining(","));
		long expiresAt = next.expiresAt().getEpochSecond();
		if (expected.isPresent()) {
			return update("UPDATE send_limits SET version = ?, sent = ?, expires_at = ? WHERE pk = ? AND version = ?",
					next.version(), sent, expiresAt, key, expected.get().version()) == 1;
		}
		// what DynamoDB's TTL does on AWS
		update("DELETE FROM send_limits WHERE expires_at < ?", Instant.now().getEpochSecond());
		return insertIfAbsent("INSERT INTO send_limits VALUES (?, ?, ?, ?)", key, next.version(), sent, expiresAt);
	}

	boolean incrementCounter(String key, long limit, Instant expiresAt) {
		String increment = "UPDATE send_counters SET n = n + 1, expires_at = ? WHERE pk = ? AND n < ?";
		if (update(increment, expiresAt.getEpochSecond(), key, limit) == 1) {
			return true;
		}
		if (limit >= 1
				&& insertIfAbsent("INSERT INTO send_counters VALUES (?, 1, ?)", key, expiresAt.getEpochSecond())) {
			return true;
		}
		// the row exists (at the limit, or just inserted by a concurrent caller)
		return update(increment, expiresAt.getEpochSecond(), key, limit) == 1;
	}

	long counter(String key) {
		return query("SELECT n FROM send_counters WHERE pk = ?", (row) -> row.getLong("n"), key).stream()
			.findFirst()
			.orElse(0L);
	}

	/** Runs an INSERT; false when the key is taken. */
	private boolean insertIfAbsent(String sql, Object... parameters) {
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

	private static List<Instant> instants(String sent) {
		return sent.isEmpty() ? List.of()
				: Arrays.stream(sent.split(",")).map((millis) -> Instant.ofEpochMilli(Long.parseLong(millis))).toList();
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

	// JDBC plumbing

	private interface Row<T> {

		T read(ResultSet row) throws SQLException;

	}

	/** A database failure. */
	static final class StoreException extends RuntimeException {

		StoreException(SQLException cause) {
			super(cause.getMessage(), cause);
		}

	}

	private int update(String sql, Object... parameters) {
		try (Connection connection = this.pool.getConnection()) {
			if (parameters.length == 0) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(sql);
					return statement.getUpdateCount();
				}
			}
			try (PreparedStatement statement = prepare(connection, sql, parameters)) {
				return statement.executeUpdate();
			}
		}
		catch (SQLException ex) {
			throw new StoreException(ex);
		}
	}

	private <T> List<T> query(String sql, Row<T> reader, Object... parameters) {
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

	private User user(ResultSet row) throws SQLException {
		return new User(row.getString("username"), row.getString("phone"), read(row.getString("attributes")),
				row.getString("status"), row.getBoolean("enabled"), Instant.ofEpochMilli(row.getLong("created_at")),
				Instant.ofEpochMilli(row.getLong("modified_at")));
	}

	private Group group(ResultSet row) throws SQLException {
		int precedence = row.getInt("precedence");
		return new Group(row.getString("name"), row.getString("description"), row.wasNull() ? null : precedence,
				Instant.ofEpochMilli(row.getLong("created_at")), Instant.ofEpochMilli(row.getLong("modified_at")));
	}

	private RefreshToken refreshToken(ResultSet row) throws SQLException {
		return new RefreshToken(row.getString("origin_jti"), row.getString("username"), row.getString("client_id"),
				Instant.ofEpochMilli(row.getLong("auth_time")), Instant.ofEpochMilli(row.getLong("expires_at")),
				row.getBoolean("revoked"));
	}

	private String write(Map<String, String> attributes) {
		try {
			return this.json.writeValueAsString(new LinkedHashMap<>(attributes));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, String> read(String attributes) {
		try {
			return this.json.readValue(attributes, ATTRIBUTES);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
