package dev.passwordless.triggers;

import java.util.ArrayList;
import java.util.List;

/**
 * A Lambda context whose logger keeps the lines, so tests can read what would reach
 * CloudWatch.
 */
final class RecordingContext extends FunctionContext {

	final List<String> lines;

	RecordingContext() {
		this(new ArrayList<>());
	}

	private RecordingContext(List<String> lines) {
		super("test", lines::add);
		this.lines = lines;
	}

}
