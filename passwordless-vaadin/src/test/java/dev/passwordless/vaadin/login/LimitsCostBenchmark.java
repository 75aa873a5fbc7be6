package dev.passwordless.vaadin.login;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.passwordless.vaadin.store.InMemoryDatabase;
import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.vaadin.security.MasterKey;
import dev.passwordless.vaadin.store.JdbcSendLimitStore;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import dev.passwordless.testing.postgres.PostgresServer;

/**
 * Benchmark (not a test): what the shared limits cost per sign-in step, against the
 * in-memory store measured in the same run. The "send a code" step is {@code sendFrom} +
 * {@code sendTo} (two histories: a read and a conditional write each), the "check a code"
 * step is {@code check} (two conditional counter writes). Each iteration uses a new
 * number and address, as most sign-ins do. Backends: in memory, H2 in memory, the default
 * H2 file, and a real PostgreSQL 15 on 127.0.0.1. Run with
 * {@code passwordless-vaadin/bench/limits-cost.sh [iterations, default 5000]}.
 */
public final class LimitsCostBenchmark {

	private static final MasterKey KEY = MasterKey.resolve("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", false,
			Optional.empty());

	private LimitsCostBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int iterations = (args.length > 0) ? Integer.parseInt(args[0]) : 5000;
		Clock clock = Clock.systemUTC();
		PostgresServer postgres = new PostgresServer().start();
		Path file = Files.createTempDirectory("limits-cost");
		List<HikariDataSource> pools = new ArrayList<>();
		try {
			double[] baseline = measure("in memory (baseline)", new InMemorySendLimitStore(clock), iterations, null);
			measure("H2 in memory",
					jdbc(h2("jdbc:h2:mem:cost-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", pools), clock), iterations,
					baseline);
			measure("H2 file (the default)", jdbc(h2("jdbc:h2:file:" + file.resolve("passwordless"), pools), clock),
					iterations, baseline);
			measure("PostgreSQL 15, 127.0.0.1", jdbc(postgres.newPool(10), clock), iterations, baseline);
		}
		finally {
			pools.forEach(HikariDataSource::close);
			postgres.close();
		}
	}

	private static double[] measure(String name, SendLimitStore store, int iterations, double[] baseline) {
		SharedSignInRateLimits limits = new SharedSignInRateLimits(LimitsProperties.defaults(), store, KEY,
				Clock.systemUTC());
		run(limits, "w", Math.max(1000, iterations / 2));
		long[][] nanos = run(limits, "m", iterations);
		double send = median(nanos[0]);
		double check = median(nanos[1]);
		System.out.printf(
				"%-26s send a code: p50 %7.1f µs p95 %7.1f µs%s   check a code: p50 %7.1f µs p95 %7.1f µs%s%n", name,
				send / 1e3, p95(nanos[0]) / 1e3,
				(baseline != null) ? String.format(" (%5.1fx)", send / baseline[0]) : "         ", check / 1e3,
				p95(nanos[1]) / 1e3, (baseline != null) ? String.format(" (%5.1fx)", check / baseline[1]) : "");
		return new double[] { send, check };
	}

	private static long[][] run(SharedSignInRateLimits limits, String prefix, int iterations) {
		long[] send = new long[iterations];
		long[] check = new long[iterations];
		String run = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < iterations; i++) {
			String phone = "+1202" + prefix + run + i;
			String address = "10." + prefix + run + "." + i;
			long start = System.nanoTime();
			limits.sendFrom(address);
			limits.sendTo(phone, "198.51.100.90", false);
			long sent = System.nanoTime();
			limits.check(phone, address, false);
			send[i] = sent - start;
			check[i] = System.nanoTime() - sent;
		}
		return new long[][] { send, check };
	}

	private static SendLimitStore jdbc(DataSource dataSource, Clock clock) {
		return new JdbcSendLimitStore(PasswordlessDatabase.migrated(dataSource), clock);
	}

	private static DataSource h2(String url, List<HikariDataSource> pools) {
		HikariDataSource pool = InMemoryDatabase.h2(url);
		pools.add(pool);
		return pool;
	}

	private static double median(long[] nanos) {
		return percentile(nanos, 0.5);
	}

	private static double p95(long[] nanos) {
		return percentile(nanos, 0.95);
	}

	private static double percentile(long[] nanos, double fraction) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
	}

}
