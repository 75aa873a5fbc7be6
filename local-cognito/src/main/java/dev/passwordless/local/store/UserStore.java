package dev.passwordless.local.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The {@code users} table: one row per user, attributes as a JSON object. */
public final class UserStore {

	private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
	};

	private final Database database;

	private final ObjectMapper json;

	public UserStore(Database database, ObjectMapper json) {
		this.database = database;
		this.json = json;
		database.execute("""
				CREATE TABLE IF NOT EXISTS users (username VARCHAR(36) PRIMARY KEY, phone VARCHAR(20) NOT NULL UNIQUE,
				  attributes CLOB NOT NULL, status VARCHAR(32) NOT NULL, enabled BOOLEAN NOT NULL,
				  created_at BIGINT NOT NULL, modified_at BIGINT NOT NULL)""");
	}

	/**
	 * Adds a user.
	 * @return false when the phone number (or user name) is taken
	 */
	public boolean insert(User user) {
		return this.database.insertIfAbsent("INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, ?)", user.username(),
				user.phoneNumber(), write(user.attributes()), user.status(), user.enabled(),
				user.created().toEpochMilli(), user.modified().toEpochMilli());
	}

	/** Finds a user by user name (sub) or phone alias. */
	public Optional<User> find(String usernameOrPhone) {
		return this.database
			.query("SELECT * FROM users WHERE username = ? OR phone = ?", this::user, usernameOrPhone, usernameOrPhone)
			.stream()
			.findFirst();
	}

	/** Replaces a user's attributes; the phone alias follows {@code phone_number}. */
	public void updateAttributes(String username, Map<String, String> attributes, Instant now) {
		this.database.update("UPDATE users SET attributes = ?, phone = ?, modified_at = ? WHERE username = ?",
				write(attributes), attributes.get("phone_number"), now.toEpochMilli(), username);
	}

	/**
	 * Deletes the user's row (the caller removes what other tables hold for the user).
	 * @return false when there was no such user
	 */
	public boolean delete(String username) {
		return this.database.update("DELETE FROM users WHERE username = ?", username) == 1;
	}

	/**
	 * Users in sign-up order, filtered on one attribute.
	 * @param attribute the attribute to filter on, or null for all users
	 * @param value the value it must equal, or start with
	 * @param prefix whether {@code value} is a prefix ({@code ^=}) rather than exact
	 * ({@code =})
	 * @param offset how many matching users to skip
	 * @param limit the most users to return
	 */
	public List<User> list(String attribute, String value, boolean prefix, int offset, int limit) {
		List<User> all = this.database.query("SELECT * FROM users ORDER BY created_at, username", this::user);
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

	private User user(ResultSet row) throws SQLException {
		return new User(row.getString("username"), row.getString("phone"), read(row.getString("attributes")),
				row.getString("status"), row.getBoolean("enabled"), Instant.ofEpochMilli(row.getLong("created_at")),
				Instant.ofEpochMilli(row.getLong("modified_at")));
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
