package dev.passwordless.webapp.bench.load;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How a set of sign-ins ended: counts, and why the ones not completed ended. */
record Tally(int started, int completed, int refusedWithWait, int lost, Map<String, Long> reasons) {

	static Tally of(Collection<Outcome> outcomes) {
		return new Tally(outcomes.size(), count(outcomes, Outcome.Kind.COMPLETED),
				count(outcomes, Outcome.Kind.REFUSED_WITH_WAIT), count(outcomes, Outcome.Kind.LOST),
				outcomes.stream()
					.filter((outcome) -> !outcome.completed())
					.map((outcome) -> outcome.step().label() + ": " + withoutDigits(outcome.reason()))
					.collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
	}

	/** The reasons, most frequent first. */
	List<String> topReasons(int howMany) {
		return this.reasons.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(howMany)
			.map((reason) -> reason.getValue() + " x " + reason.getKey())
			.toList();
	}

	private static int count(Collection<Outcome> outcomes, Outcome.Kind kind) {
		return (int) outcomes.stream().filter((outcome) -> outcome.kind() == kind).count();
	}

	/** A reason with its numbers (waits, node ids) made alike, so like reasons group. */
	private static String withoutDigits(String reason) {
		return reason.replaceAll("\\d+", "N");
	}

}
