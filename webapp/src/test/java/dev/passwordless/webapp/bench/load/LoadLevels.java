package dev.passwordless.webapp.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * People arriving at fractions of the rate one core can serve, each level for a while:
 * p50 / p95 of each step as they waited for it, and the web app's CPU per sign-in at that
 * level.
 */
final class LoadLevels {

	private final Rig rig;

	private final Calibration calibration;

	LoadLevels(Rig rig, Calibration calibration) {
		this.rig = rig;
		this.calibration = calibration;
	}

	void run(double ratePerCore) throws Exception {
		LoadOptions options = this.rig.options();
		List<String> header = new ArrayList<>(List.of("p50 / p95, ms"));
		List<Tally> tallies = new ArrayList<>();
		List<Latencies> latencies = new ArrayList<>();
		List<String> cpu = new ArrayList<>(List.of("web app CPU per sign-in (less its rest)"));
		List<String> cores = new ArrayList<>(List.of("web app CPU, cores busy"));
		List<String> load = new ArrayList<>(List.of("load average at the end (1 / 5 / 15 min)"));
		for (int percent : options.levels()) {
			double rate = ratePerCore * percent / 100;
			header.add(percent + " % (" + Markdown.number(rate) + " sign-ins/s)");
			CpuMeter.Reading start = this.rig.cpu().read();
			List<Outcome> outcomes = Arrivals.open(List.of(new Arrivals.Segment(rate, options.level())),
					() -> this.rig.person(false));
			CpuMeter.Use used = this.rig.cpu().read().since(start);
			Tally tally = Tally.of(outcomes);
			tallies.add(tally);
			latencies.add(new Latencies(outcomes));
			cpu.add(Markdown.number(this.calibration.appMillisPerSignIn(used, Math.max(1, tally.completed()))) + " ms");
			cores.add(Markdown.number(used.appMillis() / 1000 / used.seconds()));
			load.add(Rig.loadAverage());
			System.out.printf("Level %d %%: %d started, %d completed, %d refused with a wait, %d lost %s%n", percent,
					tally.started(), tally.completed(), tally.refusedWithWait(), tally.lost(), tally.topReasons(3));
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(row("sign-ins started / completed / refused with a wait / lost", tallies, (tally) -> tally.started()
				+ " / " + tally.completed() + " / " + tally.refusedWithWait() + " / " + tally.lost()));
		for (Step step : Step.values()) {
			List<String> row = new ArrayList<>(List.of(step.label()));
			latencies.forEach((latency) -> row.add(Markdown.percentiles(latency, step)));
			rows.add(row);
		}
		List<String> whole = new ArrayList<>(List.of("**whole sign-in** (its steps together, completed ones)"));
		latencies.forEach((latency) -> whole.add("**" + Markdown.number(latency.wholeSignInMillis(50)) + " / "
				+ Markdown.number(latency.wholeSignInMillis(95)) + "**"));
		rows.add(whole);
		rows.add(cpu);
		rows.add(cores);
		rows.add(load);
		Markdown.table(header, rows);
	}

	private static List<String> row(String name, List<Tally> tallies, Function<Tally, String> cell) {
		List<String> row = new ArrayList<>(List.of(name));
		tallies.forEach((tally) -> row.add(cell.apply(tally)));
		return row;
	}

}
