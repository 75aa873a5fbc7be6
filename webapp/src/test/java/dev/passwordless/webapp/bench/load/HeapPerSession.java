package dev.passwordless.webapp.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Heap per signed-in session whose page is still open: the heap after full collections
 * with no session held, then with more and more people signed in whose home page stays
 * open (their Vaadin UI alive); the code page's UI was closed by its unload beacon, as a
 * browser does. Then the held pages are closed.
 */
final class HeapPerSession {

	private final Rig rig;

	HeapPerSession(Rig rig) {
		this.rig = rig;
	}

	void run() throws Exception {
		List<Integer> held = this.rig.options().heapSessions();
		List<HomePage> open = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		long none = this.rig.app().heapAfterGc();
		rows.add(List.of("0", mebibytes(none), "", ""));
		long previous = none;
		int previousCount = 0;
		for (int count : held) {
			List<Outcome> outcomes = Arrivals.closed(count - previousCount, this.rig.options().concurrency(),
					() -> this.rig.person(true));
			outcomes.forEach((outcome) -> outcome.home().ifPresent(open::add));
			if (open.size() != count) {
				throw new IllegalStateException("only " + open.size() + " of " + count + " people signed in: "
						+ Tally.of(outcomes).topReasons(3));
			}
			long heap = this.rig.app().heapAfterGc();
			rows.add(List.of(String.valueOf(count), mebibytes(heap), kibibytes((heap - none) / (double) count) + " KiB",
					kibibytes((heap - previous) / (double) (count - previousCount)) + " KiB"));
			previous = heap;
			previousCount = count;
		}
		open.forEach(HomePage::leave);
		Markdown.table(List.of("signed-in sessions with their home page open", "heap after full GCs",
				"per session, from none", "per session, from the row before"), rows);
		System.out.println("Load average at the end (1 / 5 / 15 min): " + Rig.loadAverage());
	}

	private static String mebibytes(long bytes) {
		return Markdown.number(bytes / 1048576.0) + " MiB";
	}

	private static String kibibytes(double bytes) {
		return Markdown.number(bytes / 1024);
	}

}
