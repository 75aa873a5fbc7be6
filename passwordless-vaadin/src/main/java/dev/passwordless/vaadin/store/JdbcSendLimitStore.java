package dev.passwordless.vaadin.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import dev.passwordless.rules.SendHistory;
import dev.passwordless.rules.SendLimitStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@link SendLimitStore} in the sign-in's database, shared by every instance of the
 * app: each write is one statement, atomic in the database (an {@code INSERT} that loses
 * to another on the primary key, an {@code UPDATE ... WHERE version = ?}, a conditional
 * increment), so the limits hold across instances as they do within one. Expired rows are
 * deleted now and then by the writes themselves.
 */
public final class JdbcSendLimitStore implements SendLimitStore {

	/** One write in this many also deletes the expired rows. */
	private static final long CLEAN_EVERY = 1024;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AtomicLong writes = new AtomicLong();

	/**
	 * @param database the sign-in's migrated tables
	 * @param clock when rows expire
	 */
	public JdbcSendLimitStore(PasswordlessDatabase database, Clock clock) {
		this.jdbc = database.jdbc();
		this.clock = clock;
	}

	@Override
	public Optional<SendHistory> find(String key) {
		return this.jdbc
			.query("select version, sent_at from passwordless_send_history where history_key = ?",
					(row, i) -> new SendHistory(row.getLong(1), instants(row.getString(2))), key)
			.stream()
			.findFirst();
	}

	@Override
	public boolean replace(String key, Optional<SendHistory> expected, SendHistory next) {
		cleanNowAndThen();
		if (expected.isEmpty()) {
			try {
				return this.jdbc.update(
						"insert into passwordless_send_history (history_key, version, sent_at, expires_at) "
								+ "values (?, ?, ?, ?)",
						key, next.version(), text(next.sentAt()), next.expiresAt().toEpochMilli()) == 1;
			}
			catch (DuplicateKeyException ex) {
				return false;
			}
		}
		return this.jdbc.update(
				"update passwordless_send_history set version = ?, sent_at = ?, expires_at = ? "
						+ "where history_key = ? and version = ?",
				next.version(), text(next.sentAt()), next.expiresAt().toEpochMilli(), key,
				expected.get().version()) == 1;
	}

	@Override
	public boolean increment(String key, long limit, Instant expiresAt) {
		cleanNowAndThen();
		if (add(key, limit)) {
			return true;
		}
		if (limit < 1) {
			return false;
		}
		try {
			return this.jdbc.update(
					"insert into passwordless_counter (counter_key, counter_value, expires_at) values (?, 1, ?)", key,
					expiresAt.toEpochMilli()) == 1;
		}
		catch (DuplicateKeyException ex) {
			// another instance made the row first: count on it
			return add(key, limit);
		}
	}

	@Override
	public long count(String key) {
		List<Long> values = this.jdbc
			.queryForList("select counter_value from passwordless_counter where counter_key = ?", Long.class, key);
		return values.isEmpty() ? 0 : values.getFirst();
	}

	private boolean add(String key, long limit) {
		return this.jdbc.update("update passwordless_counter set counter_value = counter_value + 1 "
				+ "where counter_key = ? and counter_value < ?", key, limit) == 1;
	}

	private void cleanNowAndThen() {
		if (this.writes.incrementAndGet() % CLEAN_EVERY == 0) {
			long now = this.clock.millis();
			this.jdbc.update("delete from passwordless_send_history where expires_at < ?", now);
			this.jdbc.update("delete from passwordless_counter where expires_at < ?", now);
		}
	}

	private static String text(List<Instant> sentAt) {
		return sentAt.stream().map((sent) -> String.valueOf(sent.toEpochMilli())).collect(Collectors.joining(","));
	}

	private static List<Instant> instants(String text) {
		return text.isEmpty() ? List.of()
				: Arrays.stream(text.split(",")).map((millis) -> Instant.ofEpochMilli(Long.parseLong(millis))).toList();
	}

}
