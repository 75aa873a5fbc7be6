package dev.passwordless.vaadin.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes audit events to {@code passwordless_audit} off the sign-in's path: a bounded
 * queue, drained by one background thread in batches of up to {@value #BATCH}
 * ({@code JdbcTemplate.batchUpdate}). Adding never blocks and never throws: when the
 * queue is full, or a batch cannot be written (the database is down), the events are
 * dropped, counted in {@value #DROPPED} (tag {@code reason}: {@code queue_full},
 * {@code database}) and said in one WARN line a minute at most. Closing writes what is
 * queued, for {@link #CLOSE_WITHIN} at most.
 */
final class AuditWriter implements AutoCloseable {

	/** The counter of dropped events. */
	static final String DROPPED = "passwordless.audit.dropped";

	static final int BATCH = 200;

	static final Duration CLOSE_WITHIN = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);

	private static final String INSERT = "insert into passwordless_audit (occurred_at, kind, principal, actor, "
			+ "masked_number, client_address, user_agent, details) values (?, ?, ?, ?, ?, ?, ?, ?)";

	/** Wakes the background writer when closing, so it need not wait for its poll. */
	private static final AuditEvent STOP = new AuditEvent("", "STOP", Map.of());

	private final BlockingQueue<AuditEvent> queue;

	private final JdbcTemplate jdbc;

	private final Counter queueFull;

	private final Counter databaseDown;

	private final OncePerMinute warning;

	private volatile boolean closing;

	private Thread thread;

	/**
	 * @param jdbc the sign-in's database
	 * @param capacity how many events may wait
	 * @param registry where the dropped events are counted
	 * @param clock when the last warning was
	 */
	AuditWriter(JdbcTemplate jdbc, int capacity, MeterRegistry registry, Clock clock) {
		this.jdbc = jdbc;
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.queueFull = registry.counter(DROPPED, "reason", "queue_full");
		this.databaseDown = registry.counter(DROPPED, "reason", "database");
		this.warning = new OncePerMinute(clock);
	}

	/** Starts the background writer. */
	AuditWriter start() {
		this.thread = Thread.ofPlatform().daemon().name("passwordless-audit-writer").start(this::run);
		return this;
	}

	/** Queues an event, or drops it when the queue is full (or closed). */
	void add(AuditEvent event) {
		if (this.closing || !this.queue.offer(event)) {
			dropped(this.queueFull, 1, "the queue is full");
		}
	}

	private void run() {
		while (!this.closing) {
			try {
				AuditEvent first = this.queue.poll(1, TimeUnit.SECONDS);
				if (first == STOP) {
					return;
				}
				if (first != null) {
					write(first);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Writes one batch of what is queued, if anything.
	 * @return how many events were taken from the queue
	 */
	int writeQueued() {
		AuditEvent first = this.queue.poll();
		return (first != null) ? write(first) : 0;
	}

	private int write(AuditEvent first) {
		List<AuditEvent> batch = new ArrayList<>(BATCH);
		batch.add(first);
		this.queue.drainTo(batch, BATCH - 1);
		batch.removeIf((event) -> event == STOP);
		if (batch.isEmpty()) {
			return 0;
		}
		List<Object[]> rows = new ArrayList<>(batch.size());
		try {
			for (AuditEvent event : batch) {
				AuditRow row = AuditRow.of(event);
				rows.add(new Object[] { row.time().toEpochMilli(), row.kind(), row.principal(), row.actor(),
						row.maskedNumber(), row.clientAddress(), row.userAgent(), row.detailsJson() });
			}
			this.jdbc.batchUpdate(INSERT, rows);
		}
		catch (DataIntegrityViolationException ex) {
			// one row the table refuses must not take the others with it
			rows.forEach(this::writeAlone);
		}
		catch (RuntimeException ex) {
			dropped(this.databaseDown, batch.size(),
					"they could not be written (" + ex.getClass().getSimpleName() + ")");
		}
		return batch.size();
	}

	private void writeAlone(Object[] row) {
		try {
			this.jdbc.update(INSERT, row);
		}
		catch (RuntimeException ex) {
			dropped(this.databaseDown, 1, "the table refused one (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private void dropped(Counter counter, int count, String why) {
		counter.increment(count);
		if (this.warning.due()) {
			log.warn("Audit events dropped: {}; {} dropped since start (counter {})", why,
					(long) (this.queueFull.count() + this.databaseDown.count()), DROPPED);
		}
	}

	/** How many events wait. */
	int queued() {
		return this.queue.size();
	}

	/** Stops taking events and writes what is queued, for a few seconds at most. */
	@Override
	public void close() {
		this.closing = true;
		long deadline = System.nanoTime() + CLOSE_WITHIN.toNanos();
		if (this.thread != null) {
			// a full queue wakes the writer anyway
			this.queue.offer(STOP);
			try {
				this.thread.join(CLOSE_WITHIN);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		while (!this.queue.isEmpty() && System.nanoTime() < deadline) {
			writeQueued();
		}
		if (!this.queue.isEmpty()) {
			int left = this.queue.size();
			this.queue.clear();
			dropped(this.databaseDown, left, "the application stopped before they were written");
		}
	}

}
