package dev.passwordless.webapp.bench.load;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run does, from {@code --name=value} arguments (each has a default).
 *
 * @param warmUp sign-ins in each warm-up round ({@code --warm-up}, 150)
 * @param warmUpRounds the most warm-up rounds ({@code --warm-up-rounds}, 8); they end
 * when the web app's CPU per sign-in has settled
 * @param calibration sign-ins whose CPU time gives the rate ({@code --calibration}, 300)
 * @param concurrency people at a time in the warm-up, the calibration and the heap
 * reading ({@code --concurrency}, 16)
 * @param reading how long a person takes to read the SMS and type the code
 * ({@code --reading-seconds}, 3)
 * @param timeout how long a person waits for one answer before giving up
 * ({@code --timeout-seconds}, 30)
 * @param idle how long the app's idle CPU is measured ({@code --idle-seconds}, 10)
 * @param level how long each load level runs ({@code --level-seconds}, 60)
 * @param levels the load levels, in percent of the rate ({@code --levels}, 25,50,100)
 * @param heapSessions the sessions held open for the heap readings
 * ({@code --heap-sessions}, 50,200)
 * @param burstBase the rate before and after the burst, in percent of the rate
 * ({@code --burst-base}, 25)
 * @param burstFactor how many times that rate the burst brings ({@code --burst-factor},
 * 10)
 * @param beforeBurst how long the base rate runs before the burst
 * ({@code --before-burst-seconds}, 60)
 * @param burst how long the burst lasts ({@code --burst-seconds}, 60)
 * @param afterBurst how long the base rate runs after it ({@code --after-burst-seconds},
 * 120)
 * @param window the windows in which the burst's p95 is followed
 * ({@code --window-seconds}, 10)
 */
record LoadOptions(int warmUp, int warmUpRounds, int calibration, int concurrency, Duration reading, Duration timeout,
		Duration idle, Duration level, List<Integer> levels, List<Integer> heapSessions, int burstBase, int burstFactor,
		Duration beforeBurst, Duration burst, Duration afterBurst, Duration window) {

	static LoadOptions parse(List<String> arguments) {
		Map<String, String> given = new HashMap<>();
		for (String argument : arguments) {
			if (!argument.startsWith("--") || !argument.contains("=")) {
				throw new IllegalArgumentException("expected --name=value, got " + argument);
			}
			given.put(argument.substring(2, argument.indexOf('=')), argument.substring(argument.indexOf('=') + 1));
		}
		Settings settings = new Settings(given);
		LoadOptions options = new LoadOptions(settings.number("warm-up", 150), settings.number("warm-up-rounds", 8),
				settings.number("calibration", 300), settings.number("concurrency", 16),
				settings.seconds("reading-seconds", 3), settings.seconds("timeout-seconds", 30),
				settings.seconds("idle-seconds", 10), settings.seconds("level-seconds", 60),
				settings.numbers("levels", "25,50,100"), settings.numbers("heap-sessions", "50,200"),
				settings.number("burst-base", 25), settings.number("burst-factor", 10),
				settings.seconds("before-burst-seconds", 60), settings.seconds("burst-seconds", 60),
				settings.seconds("after-burst-seconds", 120), settings.seconds("window-seconds", 10));
		if (!given.isEmpty()) {
			throw new IllegalArgumentException("unknown options: " + given.keySet());
		}
		return options;
	}

	/** The options given, each taken out once read. */
	private record Settings(Map<String, String> given) {

		int number(String name, int otherwise) {
			String value = this.given.remove(name);
			return (value != null) ? Integer.parseInt(value) : otherwise;
		}

		Duration seconds(String name, int otherwise) {
			return Duration.ofSeconds(number(name, otherwise));
		}

		List<Integer> numbers(String name, String otherwise) {
			String value = this.given.remove(name);
			return List.of(((value != null) ? value : otherwise).split(",")).stream().map(Integer::parseInt).toList();
		}

	}

}
