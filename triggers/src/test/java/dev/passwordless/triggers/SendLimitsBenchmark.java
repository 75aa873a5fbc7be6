package dev.passwordless.triggers;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.StubSendLimitStore;

/**
 * What the send-limit check adds to a warm Create call (not a test). The same handler
 * sends a code to a fresh number each call, with the SMS published over HTTP to a local
 * listener, and its limits kept (a) nowhere, the baseline, (b) in DynamoDB Local through
 * the SDK, (c) in memory. Configurations alternate in rounds so machine noise hits all of
 * them; it prints p50/p95 per call, the added milliseconds and the ratio to the baseline.
 *
 * <p>
 * Run it with {@code triggers/bench/send-limits.sh [calls per configuration]}.
 */
public final class SendLimitsBenchmark {

	private SendLimitsBenchmark() {
	}

	public static void main(String[] args) {
		int calls = (args.length > 0) ? Integer.parseInt(args[0]) : 3000;
		int rounds = 10;
		try (WarmBenchmarkBackends backends = WarmBenchmarkBackends.start()) {
			String[] names = { "no limit check (baseline)", "DynamoDB Local", "in memory" };
			SendLimitStore[] stores = { StubSendLimitStore.allowingEverything(), backends.store,
					new InMemorySendLimitStore(Clock.systemUTC()) };
			List<List<Long>> latencies = new ArrayList<>();
			List<CreateAuthChallengeHandler> handlers = new ArrayList<>();
			for (SendLimitStore store : stores) {
				handlers.add(TestTriggers.create(backends.settings, backends.sms, store, Clock.systemUTC(),
						new SecureRandom()));
				latencies.add(new ArrayList<>());
			}
			AtomicInteger number = new AtomicInteger();
			for (int i = 0; i < handlers.size(); i++) {
				for (int warm = 0; warm < 500; warm++) {
					call(handlers.get(i), number);
				}
			}
			for (int round = 0; round < rounds; round++) {
				for (int i = 0; i < handlers.size(); i++) {
					for (int n = 0; n < calls / rounds; n++) {
						long start = System.nanoTime();
						call(handlers.get(i), number);
						latencies.get(i).add(System.nanoTime() - start);
					}
				}
			}
			double baseline = WarmBenchmarkBackends.percentile(latencies.get(0), 50);
			System.out.printf("Create calls with a fresh number each (SMS to a local listener), %d per configuration%n",
					calls);
			for (int i = 0; i < handlers.size(); i++) {
				double p50 = WarmBenchmarkBackends.percentile(latencies.get(i), 50);
				System.out.printf("  %-28s p50 %6.2f ms  p95 %6.2f ms  added p50 %+6.2f ms  ratio %.2fx%n", names[i],
						p50, WarmBenchmarkBackends.percentile(latencies.get(i), 95), p50 - baseline, p50 / baseline);
			}
		}
	}

	private static void call(CreateAuthChallengeHandler handler, AtomicInteger number) {
		handler.handleRequest(CreateEvents.registered("+1415" + (2000000 + number.incrementAndGet())),
				new RecordingContext());
	}

}
