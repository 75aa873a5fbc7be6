package dev.passwordless.triggers.snapstart;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapStartHooksTest {

	private final List<String> ran = new ArrayList<>();

	@Test
	void beforeCheckpointWhenAPrimingStepFailsThenLogsItAndRunsTheOthers() {
		SnapStartHooks hooks = SnapStartHooks.register("Test", Map.of(), SnapStartHooks.NOTHING_TO_RENEW,
				() -> this.ran.add("first"), () -> {
					throw new IllegalStateException("no network");
				}, () -> this.ran.add("third"));
		String log = printed(() -> hooks.beforeCheckpoint(null));
		assertThat(this.ran).containsExactly("first", "third");
		assertThat(log).isEqualTo("{\"trigger\":\"Test\",\"outcome\":\"priming-failed:IllegalStateException\"}\n");
	}

	@Test
	void afterRestoreWhenTheRenewalFailsThenTheRestoreFails() {
		SnapStartHooks hooks = SnapStartHooks.register("Test", Map.of(), () -> {
			throw new IllegalStateException("no credentials");
		});
		assertThatThrownBy(() -> hooks.afterRestore(null)).hasMessage("no credentials");
	}

	@Test
	void afterRestoreWhenRestoredThenRenews() {
		SnapStartHooks hooks = SnapStartHooks.register("Test", Map.of(SnapStartHooks.INITIALIZATION_TYPE, "snap-start"),
				() -> this.ran.add("renewed"));
		hooks.afterRestore(null);
		assertThat(this.ran).containsExactly("renewed");
	}

	private static String printed(Runnable action) {
		PrintStream out = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			action.run();
		}
		finally {
			System.setOut(out);
		}
		return printed.toString(StandardCharsets.UTF_8);
	}

}
