package dev.passwordless.local;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * A flag of the standalone launcher: the pool's settings ({@link LauncherOption}) and the
 * switches of its test harnesses ({@link HarnessOption}), which {@code --help} lists
 * apart.
 */
sealed interface Option permits LauncherOption, HarnessOption {

	/** How the option is written and explained. */
	Text text();

	/** {@code --port}. */
	default String flag() {
		return text().flag();
	}

	/** {@code LOCAL_COGNITO_PORT}; empty for none. */
	default String variable() {
		return text().variable();
	}

	/** What the flag takes, as {@code --help} names it ({@code N}); empty for nothing. */
	default String argument() {
		return text().argument();
	}

	default String help() {
		return text().help();
	}

	/** The option with this flag, of either kind. */
	static Optional<Option> withFlag(String flag) {
		return all().filter((option) -> option.flag().equals(flag)).findFirst();
	}

	/** The option a variable sets by its whole name (not those named by a prefix). */
	static Optional<Option> withVariable(String name) {
		return all().filter((option) -> option.variable().equals(name)).findFirst();
	}

	private static Stream<Option> all() {
		return Stream.concat(Stream.of(LauncherOption.values()), Stream.of(HarnessOption.values()));
	}

	/**
	 * An option as it is written and explained.
	 *
	 * @param flag {@code --port}
	 * @param variable {@code LOCAL_COGNITO_PORT}; empty for none
	 * @param argument what the flag takes ({@code N}); empty for nothing
	 * @param help what {@code --help} says of it
	 */
	record Text(String flag, String variable, String argument, String help) {
	}

}
