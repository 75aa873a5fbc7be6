package dev.passwordless.triggers;

import java.util.ArrayList;
import java.util.List;

/**
 * A Lambda context whose logger keeps the lines, so tests can read what would reach
 * CloudWatch.
 */
final class RecordingContext extends FunctionContext {

	final List<String> lines;

	private final int timeLeftMillis;

	RecordingContext() {
		this(new ArrayList<>(), 5000);
	}

	private RecordingContext(List<String> lines, int timeLeftMillis) {
		super("test", lines::add);
		this.lines = lines;
		this.timeLeftMillis = timeLeftMillis;
	}

	/**
	 * A context with this much of the invocation's time left (Cognito's 5 s otherwise).
	 */
	static RecordingContext withTimeLeft(int millis) {
		return new RecordingContext(new ArrayList<>(), millis);
	}

	@Override
	public int getRemainingTimeInMillis() {
		return this.timeLeftMillis;
	}

}
