package dev.passwordless.webapp.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A burst: people arrive at a base rate, then at {@code factor} times it for a while,
 * then at the base rate again. Every sign-in must complete or be refused with a wait on
 * the page (anything else is lost); no number may get more than one SMS for its one
 * sign-in; and the p95 of the sign-ins' waits, followed in windows by when people
 * arrived, must come back to what it was before the burst: no higher than in any window
 * before it (but the last two, whose people the burst reaches), so that the machine's own
 * noise before the burst is the measure. A sign-in's wait is the app's answers to it; a
 * person the app turned away at the door first (it was busy) comes back after the wait
 * the page names, and that time away is shown apart.
 */
final class Burst {

	/**
	 * How far above the highest window before the burst a window may be and still count
	 * as back: on a quiet machine those windows differ by a few milliseconds, which the
	 * strict bound turns into "never back".
	 */
	static final double NOISE = 1.5;

	private final Rig rig;

	Burst(Rig rig) {
		this.rig = rig;
	}

	void run(double ratePerCore) throws Exception {
		LoadOptions options = this.rig.options();
		double base = ratePerCore * options.burstBase() / 100;
		double peak = base * options.burstFactor();
		long start = System.nanoTime();
		List<Outcome> outcomes = Arrivals.open(List.of(new Arrivals.Segment(base, options.beforeBurst()),
				new Arrivals.Segment(peak, options.burst()), new Arrivals.Segment(base, options.afterBurst())),
				() -> this.rig.person(false));
		String load = Rig.loadAverage();
		long burstStart = start + options.beforeBurst().toNanos();
		long burstEnd = burstStart + options.burst().toNanos();
		List<Outcome> before = startedBetween(outcomes, start, burstStart);
		List<Outcome> during = startedBetween(outcomes, burstStart, burstEnd);
		List<Outcome> after = startedBetween(outcomes, burstEnd, Long.MAX_VALUE);
		double p95Before = p95(before);
		List<List<String>> parts = new ArrayList<>();
		parts.add(part("before (" + options.beforeBurst().toSeconds() + " s)", base, before));
		parts.add(part("**burst** (" + options.burst().toSeconds() + " s)", peak, during));
		parts.add(part("after (" + options.afterBurst().toSeconds() + " s)", base, after));
		parts.add(part("all", Double.NaN, outcomes));
		Markdown.table(List.of("part", "arrivals/s", "started", "completed", "refused with a wait", "lost",
				"turned away at first (then completed)", "their time away p50 / p95, s", "whole sign-in p50 / p95, ms"),
				parts);
		Tally all = Tally.of(outcomes);
		all.topReasons(8).forEach((reason) -> System.out.println("  not completed: " + reason));
		sms(outcomes);
		windows(outcomes, start, burstStart, burstEnd, p95Before);
		System.out.println("Load average at the end (1 / 5 / 15 min): " + load);
	}

	/** SMS per number: each number signed in once, so one SMS at most. */
	private void sms(List<Outcome> outcomes) throws Exception {
		Map<String, Integer> counts = this.rig.cognito().smsCounts();
		int sent = 0;
		int moreThanOne = 0;
		int toNotCompleted = 0;
		int toRefusedAtSend = 0;
		for (Outcome outcome : outcomes) {
			int count = counts.getOrDefault(outcome.phone(), 0);
			sent += count;
			moreThanOne += (count > 1) ? 1 : 0;
			toNotCompleted += outcome.completed() ? 0 : count;
			toRefusedAtSend += (!outcome.completed() && outcome.step() == Step.SEND_CODE) ? count : 0;
		}
		Markdown.table(List.of("SMS during the run", "count"), List.of(
				List.of("sign-ins (one number each)", String.valueOf(outcomes.size())),
				List.of("SMS sent to their numbers", String.valueOf(sent)),
				List.of("**numbers with more than one SMS**", "**" + moreThanOne + "**"),
				List.of("SMS to numbers whose sign-in did not complete", String.valueOf(toNotCompleted)),
				List.of("of which to numbers that got no further than 'Send code'", String.valueOf(toRefusedAtSend))));
	}

	/** The p95 in windows by arrival, and when it came back after the burst. */
	private void windows(List<Outcome> outcomes, long start, long burstStart, long burstEnd, double p95Before) {
		long window = this.rig.options().window().toNanos();
		long last = outcomes.stream().mapToLong(Outcome::started).max().orElse(start);
		List<List<String>> rows = new ArrayList<>();
		double highestBefore = 0;
		List<Long> froms = new ArrayList<>();
		List<Double> p95s = new ArrayList<>();
		for (long from = start; from <= last; from += window) {
			List<Outcome> in = startedBetween(outcomes, from, from + window);
			Tally tally = Tally.of(in);
			double p95 = p95(in);
			rows.add(List.of(String.valueOf((from - start) / 1_000_000_000), String.valueOf(tally.started()),
					String.valueOf(tally.completed()), String.valueOf(tally.refusedWithWait()),
					String.valueOf(tally.lost()), Markdown.number(p95)));
			if (from + 2 * window <= burstStart) {
				highestBefore = Math.max(highestBefore, p95);
			}
			froms.add(from);
			p95s.add(p95);
		}
		Markdown.table(List.of("arrived from s", "started", "completed", "refused with a wait", "lost",
				"p95 of the whole sign-in, ms (lost = infinite)"), rows);
		Long back = backAfter(froms, p95s, burstEnd, highestBefore);
		Long nearlyBack = backAfter(froms, p95s, burstEnd, highestBefore * NOISE);
		System.out.printf(
				"p95 before the burst: %s ms (its windows up to %s ms); back to that for people arriving %s; "
						+ "within %s times it %s%n",
				Markdown.number(p95Before), Markdown.number(highestBefore), since(back, burstEnd),
				Markdown.number(NOISE), since(nearlyBack, burstEnd));
	}

	/**
	 * The first window after the burst from which every window's p95 is at most the
	 * bound, or null.
	 */
	private static Long backAfter(List<Long> froms, List<Double> p95s, long burstEnd, double bound) {
		Long back = null;
		for (int i = froms.size() - 1; i >= 0 && froms.get(i) >= burstEnd && p95s.get(i) <= bound; i--) {
			back = froms.get(i);
		}
		return back;
	}

	private static String since(Long back, long burstEnd) {
		return (back == null) ? "at no time before the run ended"
				: ((back - burstEnd) / 1_000_000_000) + " s after the burst ended, and from then on";
	}

	private static List<String> part(String name, double rate, List<Outcome> outcomes) {
		Tally tally = Tally.of(outcomes);
		Latencies latencies = new Latencies(outcomes);
		long turnedAway = outcomes.stream().filter((outcome) -> outcome.turnedAway() > 0).count();
		long thenCompleted = outcomes.stream()
			.filter((outcome) -> outcome.turnedAway() > 0 && outcome.completed())
			.count();
		return List.of(name, Markdown.number(rate), String.valueOf(tally.started()), String.valueOf(tally.completed()),
				String.valueOf(tally.refusedWithWait()), String.valueOf(tally.lost()),
				turnedAway + " (" + thenCompleted + ")", away(outcomes),
				Markdown.number(latencies.wholeSignInMillis(50)) + " / " + Markdown.number(p95(outcomes)));
	}

	/** How long those turned away at first were away before the app took them. */
	private static String away(List<Outcome> outcomes) {
		List<Long> away = outcomes.stream()
			.filter((outcome) -> outcome.turnedAway() > 0)
			.map(Outcome::awayNanos)
			.toList();
		if (away.isEmpty()) {
			return "-";
		}
		return Markdown.number(Latencies.percentile(away, 50) / 1e9) + " / "
				+ Markdown.number(Latencies.percentile(away, 95) / 1e9);
	}

	/**
	 * The p95 of the whole sign-in in milliseconds, a sign-in lost counting as longer
	 * than any (a refusal with a wait is an answer, and counts as its time).
	 */
	private static double p95(List<Outcome> outcomes) {
		List<Long> waited = outcomes.stream()
			.map((outcome) -> (outcome.kind() == Outcome.Kind.LOST) ? Long.MAX_VALUE : outcome.waitedNanos())
			.toList();
		double p95 = Latencies.percentile(waited, 95);
		return (p95 == Long.MAX_VALUE) ? Double.POSITIVE_INFINITY : p95 / 1e6;
	}

	private static List<Outcome> startedBetween(List<Outcome> outcomes, long from, long to) {
		return outcomes.stream().filter((outcome) -> outcome.started() >= from && outcome.started() < to).toList();
	}

}
