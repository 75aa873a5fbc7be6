package dev.passwordless.vaadin.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Deletes the audit rows older than {@code passwordless.audit.retention}, at start and
 * then every {@link #EVERY}, on a thread of its own (the application need not enable
 * scheduling). One plain {@code delete ... where occurred_at < ?}: every instance may run
 * it at once, the result is the same.
 */
final class AuditRetention implements AutoCloseable {

	static final Duration EVERY = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	private final JdbcAuditEventRepository repository;

	private final Duration retention;

	private final Clock clock;

	private ScheduledExecutorService scheduler;

	AuditRetention(JdbcAuditEventRepository repository, Duration retention, Clock clock) {
		this.repository = repository;
		this.retention = retention;
		this.clock = clock;
	}

	/** Prunes a minute after start, then every hour. */
	AuditRetention start() {
		this.scheduler = Executors.newSingleThreadScheduledExecutor(
				(task) -> Thread.ofPlatform().daemon().name("passwordless-audit-retention").unstarted(task));
		this.scheduler.scheduleWithFixedDelay(this::pruneQuietly, 60, EVERY.toSeconds(), TimeUnit.SECONDS);
		return this;
	}

	/**
	 * Deletes the rows older than the retention.
	 * @return how many
	 */
	int prune() {
		return this.repository.deleteBefore(this.clock.instant().minus(this.retention));
	}

	private void pruneQuietly() {
		try {
			int deleted = prune();
			if (deleted > 0) {
				log.info("Deleted {} audit events older than {}", deleted, this.retention);
			}
		}
		catch (DataAccessException ex) {
			log.warn("Old audit events could not be deleted this time: {}", ex.getClass().getSimpleName());
		}
	}

	@Override
	public void close() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
	}

}
