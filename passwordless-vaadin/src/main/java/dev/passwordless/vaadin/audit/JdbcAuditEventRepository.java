package dev.passwordless.vaadin.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.passwordless.vaadin.store.PasswordlessDatabase;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail in the sign-in's database ({@code passwordless_audit}, H2 by default,
 * PostgreSQL when instances share it). {@link #add} only queues the event for the
 * {@link AuditWriter}, so the request that published it never waits for the database nor
 * fails because of it; reading is paged, newest first.
 */
public class JdbcAuditEventRepository implements AuditEventRepository {

	/**
	 * The most events {@link #find} returns (the newest): the actuator's endpoint reads
	 * it.
	 */
	static final int FIND_LIMIT = 1000;

	private static final String COLUMNS = "occurred_at, kind, principal, actor, masked_number, client_address, "
			+ "user_agent, details";

	private final JdbcTemplate jdbc;

	private final AuditWriter writer;

	JdbcAuditEventRepository(PasswordlessDatabase database, AuditWriter writer) {
		this.jdbc = database.jdbc();
		this.writer = writer;
	}

	/** Queues the event; never blocks, never throws. */
	@Override
	public void add(AuditEvent event) {
		this.writer.add(event);
	}

	/**
	 * The newest {@value #FIND_LIMIT} events at most, newest first.
	 */
	@Override
	public List<AuditEvent> find(String principal, Instant after, String type) {
		Where where = new Where();
		if (principal != null) {
			where.and("principal = ?", principal);
		}
		if (after != null) {
			where.and("occurred_at > ?", after.toEpochMilli());
		}
		if (type != null) {
			where.and("kind = ?", type);
		}
		return rows(where, 0, FIND_LIMIT).stream().map(AuditRow::toEvent).toList();
	}

	/**
	 * One page of rows, newest first.
	 * @param query which rows
	 * @param offset how many to skip
	 * @param limit how many at most
	 */
	public List<AuditRow> page(AuditQuery query, int offset, int limit) {
		Where where = new Where();
		query.user().map(String::strip).filter((user) -> !user.isEmpty()).ifPresent((user) -> {
			String digits = user.replaceAll("[^0-9]", "");
			if (user.matches("[+*•0-9 ()./-]+") && !digits.isEmpty()) {
				// a number, whole or its last digits: the masked form keeps the last 2 to
				// 4
				where.and("masked_number like ?", "%" + digits.substring(Math.max(0, digits.length() - 4)));
			}
			else {
				where.and("(principal = ? or actor = ?)", user, user);
			}
		});
		query.kind().ifPresent((kind) -> where.and("kind = ?", kind.name()));
		query.from().ifPresent((from) -> where.and("occurred_at >= ?", from.toEpochMilli()));
		query.to().ifPresent((to) -> where.and("occurred_at < ?", to.toEpochMilli()));
		return rows(where, offset, limit);
	}

	/**
	 * Deletes the rows from before a time.
	 * @return how many
	 */
	int deleteBefore(Instant time) {
		return this.jdbc.update("delete from passwordless_audit where occurred_at < ?", time.toEpochMilli());
	}

	private List<AuditRow> rows(Where where, int offset, int limit) {
		List<Object> arguments = new ArrayList<>(where.arguments);
		arguments.add(limit);
		arguments.add(offset);
		return this.jdbc.query(
				"select " + COLUMNS + " from passwordless_audit" + where.sql
						+ " order by occurred_at desc, id desc limit ? offset ?",
				JdbcAuditEventRepository::row, arguments.toArray());
	}

	private static AuditRow row(ResultSet row, int number) throws SQLException {
		return new AuditRow(Instant.ofEpochMilli(row.getLong("occurred_at")), row.getString("kind"),
				row.getString("principal"), row.getString("actor"), row.getString("masked_number"),
				row.getString("client_address"), row.getString("user_agent"),
				AuditRow.details(row.getString("details")));
	}

	/** A {@code where} clause with its arguments, built from fixed fragments only. */
	private static final class Where {

		private String sql = "";

		private final List<Object> arguments = new ArrayList<>();

		void and(String condition, Object... values) {
			this.sql += (this.sql.isEmpty() ? " where " : " and ") + condition;
			this.arguments.addAll(List.of(values));
		}

	}

}
