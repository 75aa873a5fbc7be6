package dev.passwordless.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One program the test runs, as an operator would start it: its own process, its output
 * (standard output and error together) appended to {@code <logs>/<name>.log}, so a
 * restart adds to the same file after a marker line. Stopping asks politely (SIGTERM),
 * then forcibly after a grace period.
 */
final class ChildProcess implements AutoCloseable {

	private static final Duration GRACE = Duration.ofSeconds(30);

	private final String name;

	private final List<String> command;

	private final Map<String, String> environment;

	private final Path log;

	private Process process;

	/**
	 * @param environment added to the test's own environment; a {@code null} value
	 * removes a variable
	 */
	ChildProcess(String name, List<String> command, Map<String, String> environment, Path logs) {
		this.name = name;
		this.command = List.copyOf(command);
		this.environment = environment;
		this.log = logs.resolve(name + ".log");
	}

	/** The {@code java} launcher of the JDK running the test. */
	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	String name() {
		return this.name;
	}

	Path log() {
		return this.log;
	}

	synchronized void start() {
		if (alive()) {
			throw new IllegalStateException(this.name + " is already running");
		}
		try {
			Files.createDirectories(this.log.getParent());
			Files.writeString(this.log, "==== " + Instant.now() + " start: " + String.join(" ", this.command) + "\n",
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			ProcessBuilder builder = new ProcessBuilder(this.command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
			this.environment.forEach((variable, value) -> {
				if (value == null) {
					builder.environment().remove(variable);
				}
				else {
					builder.environment().put(variable, value);
				}
			});
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start " + this.name, ex);
		}
	}

	/**
	 * Runs a command to its end (e.g. {@code initdb}), its output in the log; fails, with
	 * the end of the log, unless it exits with 0 in time.
	 */
	void runToCompletion(Duration timeout) {
		start();
		Process running;
		synchronized (this) {
			running = this.process;
		}
		try {
			if (!running.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				stop();
				throw new IllegalStateException(
						String.join(" ", this.command) + " did not end within " + timeout + ":\n" + tail(20));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		if (running.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", this.command) + " ended with exit code "
					+ running.exitValue() + "; the end of " + this.log + ":\n" + tail(20));
		}
	}

	synchronized boolean alive() {
		return this.process != null && this.process.isAlive();
	}

	/**
	 * Fails, with the end of the log, when the program has ended (e.g. during start-up).
	 */
	synchronized void requireAlive() {
		if (this.process != null && !this.process.isAlive()) {
			throw new IllegalStateException(this.name + " ended with exit code " + this.process.exitValue()
					+ "; the end of " + this.log + ":\n" + tail(40));
		}
	}

	/**
	 * Stops the program and waits until it has ended; nothing happens if it is not
	 * running.
	 */
	synchronized void stop() {
		if (this.process == null) {
			return;
		}
		try {
			this.process.destroy();
			if (!this.process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		finally {
			this.process = null;
		}
	}

	/** The last lines of the log. */
	String tail(int lines) {
		return tail(this.log, lines);
	}

	/** The last lines of a log file. */
	static String tail(Path log, int lines) {
		try {
			if (!Files.exists(log)) {
				return "(no output)";
			}
			// decoding replaces what is not UTF-8 instead of failing
			List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
			return String.join("\n", new ArrayList<>(all.subList(Math.max(0, all.size() - lines), all.size())));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(could not read " + log + ": " + ex + ")";
		}
	}

	@Override
	public void close() {
		stop();
	}

}
