package dev.passwordless.local;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * A flag of the standalone launcher: the pool's settings ({@link LauncherOption}) and the
 * switches of its test harnesses ({@link HarnessOption}), which {@code --help} lists
 * apart.
 */
sealed interface Option permits LauncherOption, HarnessOption {

	/** {@code --port}. */
	String flag();

	/** {@code LOCAL_COGNITO_PORT}; empty for none. */
	String variable();

	/** What the flag takes, as {@code --help} names it ({@code N}); empty for nothing. */
	String argument();

	String help();

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

}
