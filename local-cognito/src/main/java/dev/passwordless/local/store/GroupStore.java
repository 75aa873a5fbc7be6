package dev.passwordless.local.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code user_groups} table and the {@code memberships} that join users to groups.
 */
public final class GroupStore {

	private final Database database;

	public GroupStore(Database database) {
		this.database = database;
		database.execute("""
				CREATE TABLE IF NOT EXISTS user_groups (name VARCHAR(128) PRIMARY KEY, description VARCHAR(2048),
				  precedence INT, created_at BIGINT NOT NULL, modified_at BIGINT NOT NULL);
				CREATE TABLE IF NOT EXISTS memberships (username VARCHAR(36) NOT NULL, group_name VARCHAR(128) NOT NULL,
				  PRIMARY KEY (username, group_name))""");
	}

	/**
	 * Adds a group.
	 * @return false when a group of that name exists
	 */
	public boolean insert(Group group) {
		return this.database.insertIfAbsent("INSERT INTO user_groups VALUES (?, ?, ?, ?, ?)", group.name(),
				group.description(), group.precedence(), group.created().toEpochMilli(),
				group.modified().toEpochMilli());
	}

	public Optional<Group> find(String name) {
		return this.database.query("SELECT * FROM user_groups WHERE name = ?", GroupStore::group, name)
			.stream()
			.findFirst();
	}

	public void addMember(String username, String group) {
		this.database.update("MERGE INTO memberships KEY (username, group_name) VALUES (?, ?)", username, group);
	}

	public void removeMember(String username, String group) {
		this.database.update("DELETE FROM memberships WHERE username = ? AND group_name = ?", username, group);
	}

	/** Removes a user from every group (when the user is deleted). */
	public void removeMemberships(String username) {
		this.database.update("DELETE FROM memberships WHERE username = ?", username);
	}

	/** The user's groups by precedence, then name. */
	public List<Group> groupsOf(String username) {
		return this.database.query("""
				SELECT g.* FROM user_groups g JOIN memberships m ON m.group_name = g.name WHERE m.username = ?
				ORDER BY g.precedence NULLS LAST, g.name""", GroupStore::group, username);
	}

	/**
	 * A page of the pool's groups, by name.
	 * @param offset how many groups to skip
	 * @param limit the most groups to return
	 */
	public List<Group> list(int offset, int limit) {
		return this.database.query("SELECT * FROM user_groups ORDER BY name LIMIT ? OFFSET ?", GroupStore::group, limit,
				offset);
	}

	/**
	 * A page of a group's members' user names, in the order they joined the pool.
	 * @param offset how many members to skip
	 * @param limit the most members to return
	 */
	public List<String> memberNames(String group, int offset, int limit) {
		return this.database.query("""
				SELECT m.username FROM memberships m JOIN users u ON u.username = m.username WHERE m.group_name = ?
				ORDER BY u.created_at, u.username LIMIT ? OFFSET ?""", (row) -> row.getString(1), group, limit, offset);
	}

	/** The names of the user's groups, as tokens carry them in {@code cognito:groups}. */
	public List<String> groupNames(String username) {
		return groupsOf(username).stream().map(Group::name).toList();
	}

	private static Group group(ResultSet row) throws SQLException {
		int precedence = row.getInt("precedence");
		return new Group(row.getString("name"), row.getString("description"), row.wasNull() ? null : precedence,
				Instant.ofEpochMilli(row.getLong("created_at")), Instant.ofEpochMilli(row.getLong("modified_at")));
	}

}
