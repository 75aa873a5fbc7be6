package dev.passwordless.local.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The {@code users} table: one row per user, attributes as a JSON object. */
public final class UserStore {

	private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
	};

	/**
	 * The filter attributes that are columns of their own ({@code status}, Enabled or
	 * Disabled, is the {@code enabled} column: see {@link #list}).
	 */
	private static final Map<String, String> COLUMNS = Map.of("username", "username", "sub", "username", "phone_number",
			"phone", "cognito:user_status", "status");

	/** What the {@code status} filter compares: the words for {@code enabled}. */
	private static final Map<String, Boolean> ENABLED_WORDS = Map.of("Enabled", true, "Disabled", false);

	private final Database database;

	private final ObjectMapper json;

	/**
	 * Attributes parsed before, by their JSON text: listing users reads the same rows
	 * over and over. Bounded; emptied when full.
	 */
	private final Map<String, Map<String, String>> parsed = new ConcurrentHashMap<>();

	public UserStore(Database database, ObjectMapper json) {
		this.database = database;
		this.json = json;
		database.execute("""
				CREATE TABLE IF NOT EXISTS users (username VARCHAR(36) PRIMARY KEY, phone VARCHAR(20) NOT NULL UNIQUE,
				  attributes VARCHAR NOT NULL, status VARCHAR(32) NOT NULL, enabled BOOLEAN NOT NULL,
				  created_at BIGINT NOT NULL, modified_at BIGINT NOT NULL)""");
		// databases made before attributes were VARCHAR (a CLOB is slower to read)
		if (!database.query("""
				SELECT 1 FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'USERS' AND COLUMN_NAME = 'ATTRIBUTES'
				  AND DATA_TYPE = 'CHARACTER LARGE OBJECT'""", (row) -> true).isEmpty()) {
			database.execute("ALTER TABLE users ALTER COLUMN attributes SET DATA TYPE VARCHAR");
		}
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

	/**
	 * Finds a user by user name (sub) or phone alias: one lookup by the key or the unique
	 * index, since a phone number starts with {@code +} and a user name (a UUID) never
	 * does.
	 */
	public Optional<User> find(String usernameOrPhone) {
		String column = usernameOrPhone.startsWith("+") ? "phone" : "username";
		return this.database.query("SELECT * FROM users WHERE " + column + " = ?", this::user, usernameOrPhone)
			.stream()
			.findFirst();
	}

	/**
	 * Replaces a user's attributes; the phone alias follows {@code phone_number}, in the
	 * same statement, so the old number finds no one and the new one this user.
	 * @return false, changing nothing, when another user has that phone number (or there
	 * is no such user): the unique index decides, so of two users claiming one number at
	 * once only one gets it
	 */
	public boolean updateAttributes(String username, Map<String, String> attributes, Instant now) {
		return this.database.updateIfUnique(
				"UPDATE users SET attributes = ?, phone = ?, modified_at = ? WHERE username = ?", write(attributes),
				attributes.get("phone_number"), now.toEpochMilli(), username);
	}

	/** Sets the user's status ({@code CONFIRMED}, {@code FORCE_CHANGE_PASSWORD}, ...). */
	public void updateStatus(String username, String status, Instant now) {
		this.database.update("UPDATE users SET status = ?, modified_at = ? WHERE username = ?", status,
				now.toEpochMilli(), username);
	}

	/** Enables or disables the user. */
	public void updateEnabled(String username, boolean enabled, Instant now) {
		this.database.update("UPDATE users SET enabled = ?, modified_at = ? WHERE username = ?", enabled,
				now.toEpochMilli(), username);
	}

	/**
	 * Users by user name, in sign-up order (the members of a group).
	 * @param usernames the user names; those of no user are left out
	 */
	public List<User> findAll(List<String> usernames) {
		if (usernames.isEmpty()) {
			return List.of();
		}
		return this.database.query("SELECT * FROM users WHERE username IN ("
				+ String.join(", ", java.util.Collections.nCopies(usernames.size(), "?"))
				+ ") ORDER BY created_at, username", this::user, usernames.toArray());
	}

	/**
	 * Deletes the user's row (the caller removes what other tables hold for the user).
	 * @return false when there was no such user
	 */
	public boolean delete(String username) {
		return this.database.update("DELETE FROM users WHERE username = ?", username) == 1;
	}

	/**
	 * Users in sign-up order, filtered on one attribute, filtered and paged by the
	 * database.
	 * @param attribute the attribute to filter on, or null for all users
	 * @param value the value it must equal, or start with
	 * @param prefix whether {@code value} is a prefix ({@code ^=}) rather than exact
	 * ({@code =})
	 * @param offset how many matching users to skip
	 * @param limit the most users to return
	 */
	public List<User> list(String attribute, String value, boolean prefix, int offset, int limit) {
		if (attribute == null) {
			return this.database.query("SELECT * FROM users ORDER BY created_at, username LIMIT ? OFFSET ?", this::user,
					limit, offset);
		}
		String column = COLUMNS.get(attribute);
		String condition;
		Object parameter;
		if (attribute.equals("status")) {
			// Enabled or Disabled, case-sensitive, as Cognito compares it
			List<Boolean> matching = ENABLED_WORDS.entrySet()
				.stream()
				.filter((word) -> prefix ? word.getKey().startsWith(value) : word.getKey().equals(value))
				.map(Map.Entry::getValue)
				.toList();
			condition = switch (matching.size()) {
				case 0 -> "FALSE AND enabled = ?";
				case 1 -> "enabled = ?";
				default -> "(TRUE OR enabled = ?)";
			};
			parameter = matching.isEmpty() || matching.get(0);
		}
		else if (column != null) {
			condition = column + (prefix ? " LIKE ? ESCAPE '\\'" : " = ?");
			parameter = prefix ? like(value) + "%" : value;
		}
		else {
			// inside the JSON, exactly as Jackson wrote it: "attribute":"value (a quote
			// inside a value is escaped, so this cannot match across values)
			condition = "attributes LIKE ? ESCAPE '\\'";
			parameter = "%" + like(jsonString(attribute) + ":" + openJsonString(value)) + (prefix ? "%" : "\"%");
		}
		return this.database.query(
				"SELECT * FROM users WHERE " + condition + " ORDER BY created_at, username LIMIT ? OFFSET ?",
				this::user, parameter, limit, offset);
	}

	/** A LIKE pattern that matches the text literally. */
	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private String jsonString(String text) {
		try {
			return this.json.writeValueAsString(text);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A JSON string without its closing quote. */
	private String openJsonString(String text) {
		String quoted = jsonString(text);
		return quoted.substring(0, quoted.length() - 1);
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
		Map<String, String> known = this.parsed.get(attributes);
		if (known != null) {
			return known;
		}
		try {
			Map<String, String> read = Map.copyOf(this.json.readValue(attributes, ATTRIBUTES));
			if (this.parsed.size() >= 10_000) {
				this.parsed.clear();
			}
			this.parsed.put(attributes, read);
			return read;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
