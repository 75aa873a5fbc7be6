package dev.passwordless.webapp.bench.load;

import java.util.List;
import java.util.Locale;

/** The report's tables, printed as Markdown to paste into the benchmark's page. */
final class Markdown {

	private Markdown() {
	}

	static void table(List<String> header, List<List<String>> rows) {
		System.out.println();
		System.out.println(row(header));
		System.out.println(row(header.stream().map((cell) -> "---").toList()));
		rows.forEach((row) -> System.out.println(row(row)));
		System.out.println();
	}

	/** Three significant digits (at least the units), "-" for none, "∞" for infinite. */
	static String number(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		if (Double.isInfinite(value)) {
			return "∞";
		}
		double magnitude = Math.abs(value);
		String format = (magnitude >= 100) ? "%.0f" : (magnitude >= 10) ? "%.1f" : (magnitude >= 1) ? "%.2f" : "%.3f";
		return String.format(Locale.ROOT, format, value);
	}

	/** p50 / p95 of a step, in milliseconds. */
	static String percentiles(Latencies latencies, Step step) {
		return number(latencies.millis(step, 50)) + " / " + number(latencies.millis(step, 95));
	}

	private static String row(List<String> cells) {
		return "| " + String.join(" | ", cells) + " |";
	}

}
