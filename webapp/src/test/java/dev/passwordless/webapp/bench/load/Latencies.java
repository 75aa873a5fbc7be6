package dev.passwordless.webapp.bench.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The times people waited, per step, over a set of sign-ins: every step that was answered
 * counts, also in a sign-in that went no further.
 */
final class Latencies {

	private final Map<Step, List<Long>> nanos = new EnumMap<>(Step.class);

	/** Each completed sign-in's steps together. */
	private final List<Long> completed = new ArrayList<>();

	Latencies(Collection<Outcome> outcomes) {
		for (Outcome outcome : outcomes) {
			if (outcome.completed()) {
				this.completed.add(outcome.waitedNanos());
			}
			outcome.stepNanos()
				.forEach((step, took) -> this.nanos.computeIfAbsent(step, (s) -> new ArrayList<>()).add(took));
			this.nanos.computeIfAbsent(Step.CODE_PAGE_POLL, (s) -> new ArrayList<>()).addAll(outcome.pollNanos());
		}
	}

	/** The percentile of a step's times in milliseconds, NaN when there is none. */
	double millis(Step step, int percentile) {
		return percentile(this.nanos.getOrDefault(step, List.of()), percentile) / 1e6;
	}

	/**
	 * The percentile of the completed sign-ins' steps together (polls excluded), in
	 * milliseconds.
	 */
	double wholeSignInMillis(int percentile) {
		return percentile(this.completed, percentile) / 1e6;
	}

	/**
	 * The nearest-rank percentile of some values; NaN when there is none.
	 */
	static double percentile(List<Long> values, int percentile) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

}
