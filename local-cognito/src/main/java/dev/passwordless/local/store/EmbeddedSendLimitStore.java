package dev.passwordless.local.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.passwordless.rules.SendHistory;
import dev.passwordless.rules.SendLimitStore;

/**
 * The Create trigger's send limits in the pool's own database ({@code send_limits} and
 * {@code send_counters}), with the same compare-and-set semantics as the DynamoDB table
 * on AWS, so the offline default enforces exactly the same limits.
 */
public final class EmbeddedSendLimitStore implements SendLimitStore {

	private final Database database;

	private final Clock clock;

	/**
	 * @param database the pool's database
	 * @param clock the pool's time, for the expiry sweep DynamoDB's TTL does on AWS
	 */
	public EmbeddedSendLimitStore(Database database, Clock clock) {
		this.database = database;
		this.clock = clock;
		database.execute("""
				CREATE TABLE IF NOT EXISTS send_limits (pk VARCHAR(128) PRIMARY KEY, version BIGINT NOT NULL,
				  sent VARCHAR(2048) NOT NULL, expires_at BIGINT NOT NULL);
				CREATE INDEX IF NOT EXISTS send_limits_expiry ON send_limits (expires_at);
				CREATE TABLE IF NOT EXISTS send_counters (pk VARCHAR(128) PRIMARY KEY, n BIGINT NOT NULL,
				  expires_at BIGINT NOT NULL)""");
	}

	@Override
	public Optional<SendHistory> find(String key) {
		return this.database
			.query("SELECT version, sent FROM send_limits WHERE pk = ?",
					(row) -> new SendHistory(row.getLong("version"), instants(row.getString("sent"))), key)
			.stream()
			.findFirst();
	}

	@Override
	public boolean replace(String key, Optional<SendHistory> expected, SendHistory next) {
		String sent = next.sentAt()
			.stream()
			.map((instant) -> Long.toString(instant.toEpochMilli()))
			.collect(Collectors.joining(","));
		long expiresAt = next.expiresAt().getEpochSecond();
		if (expected.isPresent()) {
			return this.database.update(
					"UPDATE send_limits SET version = ?, sent = ?, expires_at = ? WHERE pk = ? AND version = ?",
					next.version(), sent, expiresAt, key, expected.get().version()) == 1;
		}
		// what DynamoDB's TTL does on AWS
		this.database.update("DELETE FROM send_limits WHERE expires_at < ?", this.clock.instant().getEpochSecond());
		return this.database.insertIfAbsent("INSERT INTO send_limits VALUES (?, ?, ?, ?)", key, next.version(), sent,
				expiresAt);
	}

	@Override
	public boolean increment(String key, long limit, Instant expiresAt) {
		String increment = "UPDATE send_counters SET n = n + 1, expires_at = ? WHERE pk = ? AND n < ?";
		if (this.database.update(increment, expiresAt.getEpochSecond(), key, limit) == 1) {
			return true;
		}
		if (limit >= 1 && this.database.insertIfAbsent("INSERT INTO send_counters VALUES (?, 1, ?)", key,
				expiresAt.getEpochSecond())) {
			return true;
		}
		// the row exists (at the limit, or just inserted by a concurrent caller)
		return this.database.update(increment, expiresAt.getEpochSecond(), key, limit) == 1;
	}

	@Override
	public long count(String key) {
		return this.database.query("SELECT n FROM send_counters WHERE pk = ?", (row) -> row.getLong("n"), key)
			.stream()
			.findFirst()
			.orElse(0L);
	}

	private static List<Instant> instants(String sent) {
		return sent.isEmpty() ? List.of()
				: Arrays.stream(sent.split(",")).map((millis) -> Instant.ofEpochMilli(Long.parseLong(millis))).toList();
	}

}
