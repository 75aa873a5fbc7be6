package dev.passwordless.webapp.bench.load;

import java.util.List;

/**
 * The rate: after a warm-up, the web app's CPU time at rest, then its CPU time for a
 * fixed number of complete sign-ins less what it would have used at rest meanwhile; one
 * core can do 1 / that many sign-ins a second. The warm-up goes on in rounds until a
 * round's CPU per sign-in is within {@link #SETTLED} of the round before: the JIT
 * compilers' own time is part of the process's CPU time, and a first run showed it still
 * high after 150 sign-ins.
 */
final class Calibration {

	/** How close two warm-up rounds' CPU per sign-in must be for the warm-up to end. */
	static final double SETTLED = 0.10;

	private final Rig rig;

	/** The web app's CPU at rest, in milliseconds per second. */
	private double idleMillisPerSecond;

	Calibration(Rig rig) {
		this.rig = rig;
	}

	/** Runs the warm-up, measures the rest and the sign-ins; the rate per core. */
	double run() throws Exception {
		LoadOptions options = this.rig.options();
		warmUp(options);
		CpuMeter.Reading before = this.rig.cpu().read();
		Thread.sleep(options.idle().toMillis());
		CpuMeter.Use idle = this.rig.cpu().read().since(before);
		this.idleMillisPerSecond = idle.appMillis() / idle.seconds();
		CpuMeter.Reading start = this.rig.cpu().read();
		List<Outcome> outcomes = Arrivals.closed(options.calibration(), options.concurrency(),
				() -> this.rig.person(false));
		CpuMeter.Use used = this.rig.cpu().read().since(start);
		Tally tally = Tally.of(outcomes);
		if (tally.completed() == 0) {
			throw new IllegalStateException("no sign-in completed: " + tally.topReasons(5));
		}
		double appPerSignIn = appMillisPerSignIn(used, tally.completed());
		double rate = 1000 / appPerSignIn;
		Markdown.table(List.of("CPU per complete sign-in", "value"),
				List.of(List.of("web app at rest", Markdown.number(this.idleMillisPerSecond) + " ms CPU per s"),
						List.of("sign-ins (" + options.concurrency() + " at a time, one after the other)",
								tally.completed() + " completed of " + tally.started()),
						List.of("wall time", Markdown.number(used.seconds()) + " s"),
						List.of("**web app CPU per sign-in** (less its rest)",
								"**" + Markdown.number(appPerSignIn) + " ms**"),
						List.of("**sign-ins per second per core** (1 / that)", "**" + Markdown.number(rate) + "**"),
						List.of("local Cognito and triggers CPU per sign-in (own process)",
								Markdown.number(used.cognitoMillis() / tally.completed()) + " ms"),
						List.of("load driver CPU per sign-in (own process)",
								Markdown.number(used.driverMillis() / tally.completed()) + " ms"),
						List.of("load average at the end (1 / 5 / 15 min)", Rig.loadAverage())));
		tally.topReasons(5).forEach((reason) -> System.out.println("  not completed: " + reason));
		return rate;
	}

	/** Rounds of sign-ins until the CPU per sign-in settles, or the last round. */
	private void warmUp(LoadOptions options) throws Exception {
		double previous = Double.NaN;
		for (int round = 1; round <= options.warmUpRounds(); round++) {
			CpuMeter.Reading start = this.rig.cpu().read();
			Tally tally = Tally
				.of(Arrivals.closed(options.warmUp(), options.concurrency(), () -> this.rig.person(false)));
			double perSignIn = this.rig.cpu().read().since(start).appMillis() / Math.max(1, tally.completed());
			System.out.printf("Warm-up round %d: %d sign-ins, %d completed, web app CPU %s ms per sign-in %s%n", round,
					tally.started(), tally.completed(), Markdown.number(perSignIn), tally.topReasons(3));
			if (Math.abs(perSignIn - previous) <= SETTLED * previous) {
				return;
			}
			previous = perSignIn;
		}
	}

	/** The web app's CPU per completed sign-in over a while, less its use at rest. */
	double appMillisPerSignIn(CpuMeter.Use used, int completed) {
		return (used.appMillis() - this.idleMillisPerSecond * used.seconds()) / completed;
	}

}
