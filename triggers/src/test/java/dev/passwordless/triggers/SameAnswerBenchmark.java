package dev.passwordless.triggers;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import dev.passwordless.triggers.sms.Pause;

/**
 * How long a warm Create call takes for a registered number that gets a code, the same
 * number again within its cooldown (refused, nothing sent) and an unknown number (not a
 * test). The limits live in DynamoDB Local through the SDK, the SMS is published over
 * HTTP to a local listener, the imitation really sleeps. The three kinds alternate call
 * by call, so machine noise hits all of them; it prints medians, ratios to the registered
 * number's median, and a Mann-Whitney U test of each against it (|z| below 1.96: no
 * difference at the 5% level).
 *
 * <p>
 * Run it with {@code triggers/bench/same-answer.sh [rounds, default 300]}.
 */
public final class SameAnswerBenchmark {

	private SameAnswerBenchmark() {
	}

	public static void main(String[] args) {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 300;
		try (WarmBenchmarkBackends backends = WarmBenchmarkBackends.start()) {
			CreateAuthChallengeHandler handler = TestTriggers.create(backends.settings, backends.sms, backends.store,
					Clock.systemUTC(), new SecureRandom(), Pause.sleeping());
			String[] names = { "registered, code sent", "registered, refused (cooldown)", "unknown number" };
			List<List<Long>> latencies = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
			for (int round = -50; round < rounds; round++) {
				String number = "+1415" + (2_000_000 + round + 50);
				CognitoUserPoolCreateAuthChallengeEvent[] events = { CreateEvents.registered(number),
						CreateEvents.registered(number), CreateEvents.unknown() };
				for (int kind = 0; kind < 3; kind++) {
					long start = System.nanoTime();
					handler.handleRequest(events[kind], new RecordingContext());
					if (round >= 0) {
						latencies.get(kind).add(System.nanoTime() - start);
					}
				}
			}
			double registered = WarmBenchmarkBackends.percentile(latencies.get(0), 50);
			System.out.printf("Warm Create calls, %d rounds of the three kinds in turn (after 50 to warm up)%n",
					rounds);
			for (int kind = 0; kind < 3; kind++) {
				double median = WarmBenchmarkBackends.percentile(latencies.get(kind), 50);
				System.out.printf("  %-32s median %6.2f ms  p90 %6.2f ms  ratio %.3fx  Mann-Whitney z %+.2f%n",
						names[kind], median, WarmBenchmarkBackends.percentile(latencies.get(kind), 90),
						median / registered, mannWhitneyZ(latencies.get(0), latencies.get(kind)));
			}
		}
	}

	/** The normal approximation of the Mann-Whitney U statistic (ties count a half). */
	private static double mannWhitneyZ(List<Long> a, List<Long> b) {
		double u = 0;
		for (long x : a) {
			for (long y : b) {
				u += (x > y) ? 1 : (x == y) ? 0.5 : 0;
			}
		}
		double n1 = a.size();
		double n2 = b.size();
		return (u - n1 * n2 / 2) / Math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12);
	}

}
