package dev.passwordless.webapp.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Two samples of durations compared the way a timing attacker would: medians, their
 * difference, a Mann-Whitney U test (normal approximation with the tie correction) and a
 * bootstrap 95 % interval of the difference of the medians.
 *
 * @param name what the two samples are
 * @param first the first sample's name
 * @param firstNanos its durations
 * @param second the second sample's name
 * @param secondNanos its durations
 */
record Comparison(String name, String first, List<Long> firstNanos, String second, List<Long> secondNanos) {

	private static final int RESAMPLES = 4000;

	/** The report, one line per figure. */
	String report() {
		double a = median(this.firstNanos) / 1e6;
		double b = median(this.secondNanos) / 1e6;
		double z = mannWhitneyZ(this.firstNanos, this.secondNanos);
		double[] interval = bootstrapInterval(this.firstNanos, this.secondNanos, new Random(12));
		boolean noise = Math.abs(z) < 1.96 && interval[0] <= 0 && interval[1] >= 0;
		return String.format("""
				%s, %d pairs
				  median %-24s %8.3f ms (p10 %.3f, p90 %.3f)
				  median %-24s %8.3f ms (p10 %.3f, p90 %.3f)
				  difference of medians %.3f ms (%+.1f %%), bootstrap 95 %% interval [%.3f, %.3f] ms
				  Mann-Whitney z = %+.2f: %s
				""", this.name, Math.min(this.firstNanos.size(), this.secondNanos.size()), this.first, a,
				percentile(this.firstNanos, 10) / 1e6, percentile(this.firstNanos, 90) / 1e6, this.second, b,
				percentile(this.secondNanos, 10) / 1e6, percentile(this.secondNanos, 90) / 1e6, a - b,
				100 * (a - b) / b, interval[0], interval[1], z,
				noise ? "within noise (|z| < 1.96 and the interval holds 0)"
						: "DIFFERENT at the 5 % level: the two can be told apart");
	}

	static double median(List<Long> values) {
		return percentile(values, 50);
	}

	static double percentile(List<Long> values, int percentile) {
		long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
		double rank = percentile / 100.0 * (sorted.length - 1);
		int low = (int) Math.floor(rank);
		int high = (int) Math.ceil(rank);
		return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
	}

	/**
	 * z of the Mann-Whitney U statistic of the first sample; |z| >= 1.96 is a difference.
	 */
	static double mannWhitneyZ(List<Long> first, List<Long> second) {
		int n1 = first.size();
		int n2 = second.size();
		long[][] all = new long[n1 + n2][];
		for (int i = 0; i < n1; i++) {
			all[i] = new long[] { first.get(i), 0 };
		}
		for (int i = 0; i < n2; i++) {
			all[n1 + i] = new long[] { second.get(i), 1 };
		}
		Arrays.sort(all, (x, y) -> Long.compare(x[0], y[0]));
		double rankSumFirst = 0;
		double ties = 0;
		for (int i = 0; i < all.length;) {
			int j = i;
			while (j < all.length && all[j][0] == all[i][0]) {
				j++;
			}
			double rank = (i + 1 + j) / 2.0;
			for (int k = i; k < j; k++) {
				if (all[k][1] == 0) {
					rankSumFirst += rank;
				}
			}
			double t = j - i;
			ties += t * t * t - t;
			i = j;
		}
		double n = n1 + n2;
		double u = rankSumFirst - n1 * (n1 + 1) / 2.0;
		double sd = Math.sqrt(n1 * (double) n2 / 12.0 * ((n + 1) - ties / (n * (n - 1))));
		return (u - n1 * (double) n2 / 2.0) / sd;
	}

	/** 95 % interval of median(first) - median(second), in milliseconds. */
	static double[] bootstrapInterval(List<Long> first, List<Long> second, Random random) {
		double[] differences = new double[RESAMPLES];
		for (int r = 0; r < RESAMPLES; r++) {
			differences[r] = (median(resample(first, random)) - median(resample(second, random))) / 1e6;
		}
		Arrays.sort(differences);
		return new double[] { differences[(int) (RESAMPLES * 0.025)], differences[(int) (RESAMPLES * 0.975)] };
	}

	private static List<Long> resample(List<Long> values, Random random) {
		List<Long> drawn = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			drawn.add(values.get(random.nextInt(values.size())));
		}
		return drawn;
	}

}
