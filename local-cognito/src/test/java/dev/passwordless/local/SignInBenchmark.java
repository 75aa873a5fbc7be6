package dev.passwordless.local;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark of complete sign-ins (InitiateAuth, read the code from the outbox over HTTP,
 * Respond) through the real SDK against an in-memory local pool: latency with one client,
 * throughput with eight. Not a test. Run with {@code local-cognito/bench/sign-in.sh}.
 */
public final class SignInBenchmark {

	private SignInBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int users = 8;
		int warmup = 300;
		int measured = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000;
		try (LocalCognito cognito = LocalCognito
			.start(PoolClient.forRepeatedSignIns(LocalCognitoConfig.inMemory().echoSms(false)).build())) {
			List<PoolClient> clients = new ArrayList<>();
			for (int i = 0; i < users; i++) {
				PoolClient client = new PoolClient(cognito.pool());
				for (int n = 0; n < NUMBERS_PER_CLIENT; n++) {
					client.signUp(phone(i, n), "Bench User " + i);
					client.signIn(phone(i, n)); // first sign-in also verifies the phone
				}
				clients.add(client);
			}
			for (int i = 0; i < warmup; i++) {
				clients.get(0).signIn(phone(0, i));
			}
			List<Long> latencies = new ArrayList<>();
			for (int i = 0; i < measured; i++) {
				long start = System.nanoTime();
				clients.get(0).signIn(phone(0, i));
				latencies.add(System.nanoTime() - start);
			}
			Collections.sort(latencies);
			System.out.printf("One client, %d sign-ins: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", measured,
					percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99));
			ExecutorService pool = Executors.newFixedThreadPool(users);
			int perClient = measured / 2;
			long start = System.nanoTime();
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < users; i++) {
				int index = i;
				runs.add(pool.submit(() -> {
					for (int n = 0; n < perClient; n++) {
						clients.get(index).signIn(phone(index, n));
					}
				}));
			}
			for (Future<?> run : runs) {
				run.get(10, TimeUnit.MINUTES);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			pool.shutdown();
			System.out.printf("%d clients, %d sign-ins in %.2f s: %.0f sign-ins per second%n", users, users * perClient,
					seconds, users * perClient / seconds);
		}
	}

	/**
	 * Each client rotates over its own numbers, so no number passes the hourly cap of the
	 * send limits (which every sign-in here checks, as on AWS).
	 */
	private static final int NUMBERS_PER_CLIENT = 20;

	private static String phone(int client, int n) {
		return "+1415556" + String.format("%04d", client * NUMBERS_PER_CLIENT + n % NUMBERS_PER_CLIENT);
	}

	private static double percentile(List<Long> sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
