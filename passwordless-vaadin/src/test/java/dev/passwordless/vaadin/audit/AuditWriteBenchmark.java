package dev.passwordless.vaadin.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.passwordless.vaadin.store.InMemoryDatabase;
import dev.passwordless.testing.postgres.PostgresServer;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.boot.actuate.audit.InMemoryAuditEventRepository;
import org.springframework.boot.actuate.audit.listener.AuditListener;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Benchmark (not a test): what publishing one audit event costs the sign-in's thread, as
 * the sign-in publishes it (an {@code AuditApplicationEvent} through a Spring context to
 * the actuator's {@code AuditListener}), against Spring Boot's
 * {@code InMemoryAuditEventRepository} measured in the same run, and against writing each
 * event at once with one {@code INSERT} (what a repository without the queue would cost).
 * One event every 50 µs, so the background writer keeps up as it would with real
 * sign-ins; the events it dropped are printed. Run with
 * {@code passwordless-vaadin/bench/audit-write.sh [events, default 20000]}.
 */
public final class AuditWriteBenchmark {

	private static final long PACE_NANOS = 50_000;

	private static final String AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
			+ "Chrome/142.0.0.0 Safari/537.36";

	private AuditWriteBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int events = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		PostgresServer postgres = new PostgresServer().start();
		Path file = Files.createTempDirectory("audit-write");
		List<HikariDataSource> pools = new ArrayList<>();
		try {
			// the whole path compiled by the JIT first, so the baseline is not the
			// coldest
			measure("(warm-up, in memory)", new InMemoryAuditEventRepository(), events, null);
			double[] baseline = measure("in memory (Boot's, baseline)", new InMemoryAuditEventRepository(), events,
					null);
			queued("H2 in memory", h2("jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", pools), events,
					baseline);
			queued("H2 file (the default)", h2("jdbc:h2:file:" + file.resolve("passwordless"), pools), events,
					baseline);
			DataSource pg = postgres.newPool(10);
			queued("PostgreSQL 15, 127.0.0.1", pg, events, baseline);
			measure("PostgreSQL, one INSERT each", direct(PasswordlessDatabase.migrated(pg)), events / 4, baseline);
		}
		finally {
			pools.forEach(HikariDataSource::close);
			postgres.close();
		}
	}

	private static void queued(String name, DataSource dataSource, int events, double[] baseline) {
		PasswordlessDatabase database = PasswordlessDatabase.migrated(dataSource);
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		AuditWriter writer = new AuditWriter(database.jdbc(), 10_000, registry, Clock.systemUTC()).start();
		measure(name, new JdbcAuditEventRepository(database, writer), events, baseline);
		writer.close();
		double dropped = registry.find(AuditWriter.DROPPED).counters().stream().mapToDouble((c) -> c.count()).sum();
		Integer rows = database.jdbc().queryForObject("select count(*) from passwordless_audit", Integer.class);
		System.out.printf("%-30s   %d rows written, %.0f dropped%n", "", rows, dropped);
	}

	private static double[] measure(String name, AuditEventRepository repository, int events, double[] baseline) {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.registerBean(AuditListener.class, () -> new AuditListener(repository));
			context.refresh();
			AuditTrail trail = new AuditTrail(context, Clock.systemUTC());
			run(trail, Math.max(2000, events / 4));
			long[] nanos = run(trail, events);
			double p50 = percentile(nanos, 0.5);
			double p95 = percentile(nanos, 0.95);
			System.out.printf("%-30s publish one event: p50 %6.1f µs  p95 %6.1f µs%s%n", name, p50 / 1e3, p95 / 1e3,
					(baseline != null)
							? String.format("  (%4.1fx, %4.1fx the baseline)", p50 / baseline[0], p95 / baseline[1])
							: "");
			return new double[] { p50, p95 };
		}
	}

	private static long[] run(AuditTrail trail, int events) {
		long[] nanos = new long[events];
		String run = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < events; i++) {
			long start = System.nanoTime();
			trail.event(AuditKind.SIGNED_IN)
				.user(run + "-" + i)
				.number("+1202555" + String.format("%04d", i % 10_000))
				.from("192.0.2." + (i % 250), AGENT)
				.with(AuditTrail.HOW, "code")
				.publish();
			long end = System.nanoTime();
			nanos[i] = end - start;
			while (System.nanoTime() - end < PACE_NANOS) {
				Thread.onSpinWait();
			}
		}
		return nanos;
	}

	/** Each event written at once, on the publishing thread. */
	private static AuditEventRepository direct(PasswordlessDatabase database) {
		AuditWriter writer = new AuditWriter(database.jdbc(), 1, new SimpleMeterRegistry(), Clock.systemUTC());
		return new AuditEventRepository() {
			@Override
			public void add(AuditEvent event) {
				writer.add(event);
				writer.writeQueued();
			}

			@Override
			public List<AuditEvent> find(String principal, Instant after, String type) {
				return List.of();
			}
		};
	}

	private static DataSource h2(String url, List<HikariDataSource> pools) {
		HikariDataSource pool = InMemoryDatabase.h2(url);
		pools.add(pool);
		return pool;
	}

	private static double percentile(long[] nanos, double fraction) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
	}

}
