package dev.passwordless.webapp.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Starts sign-ins, each on a virtual thread of its own, in one of two ways: a fixed
 * number of people signing in one after the other ({@link #closed}: as many at a time as
 * given), or people arriving at a given rate whatever the app's answers ({@link #open}:
 * as people do, so a slow app meets more of them at once).
 */
final class Arrivals {

	private Arrivals() {
	}

	/** {@code count} sign-ins, {@code concurrency} at a time. */
	static List<Outcome> closed(int count, int concurrency, Supplier<SignIn> people) throws Exception {
		Semaphore places = new Semaphore(concurrency);
		List<Future<Outcome>> started = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < count; i++) {
				places.acquire();
				SignIn signIn = people.get();
				started.add(threads.submit(() -> {
					try {
						return signIn.run();
					}
					finally {
						places.release();
					}
				}));
			}
			return results(started);
		}
	}

	/**
	 * Sign-ins arriving evenly at each segment's rate, one segment after the other; waits
	 * until every one has ended.
	 */
	static List<Outcome> open(List<Segment> segments, Supplier<SignIn> people) throws Exception {
		List<Future<Outcome>> started = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			long segmentStart = System.nanoTime();
			for (Segment segment : segments) {
				long interval = (long) (1e9 / segment.perSecond());
				long end = segmentStart + segment.length().toNanos();
				for (long next = segmentStart; next < end; next += interval) {
					LockSupport.parkNanos(next - System.nanoTime());
					SignIn signIn = people.get();
					started.add(threads.submit(signIn::run));
				}
				segmentStart = end;
			}
			return results(started);
		}
	}

	private static List<Outcome> results(List<Future<Outcome>> started) throws Exception {
		List<Outcome> outcomes = new ArrayList<>(started.size());
		for (Future<Outcome> future : started) {
			outcomes.add(future.get());
		}
		return outcomes;
	}

	/** Arrivals at a rate for a while. */
	record Segment(double perSecond, Duration length) {

	}

}
