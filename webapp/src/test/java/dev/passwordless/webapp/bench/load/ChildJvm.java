package dev.passwordless.webapp.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server the benchmark runs in a JVM of its own, so that its CPU time is its own: its
 * output in a log file, its CPU time (user and system, all threads) read from the
 * operating system, stopped politely (SIGTERM), then forcibly.
 */
final class ChildJvm implements AutoCloseable {

	private final String name;

	private final Path log;

	private final Process process;

	private ChildJvm(String name, Path log, Process process) {
		this.name = name;
		this.log = log;
		this.process = process;
	}

	/**
	 * @param arguments the JVM's options and the program's, after {@code java}
	 * @param environment added to this JVM's environment
	 */
	static ChildJvm start(String name, List<String> arguments, Map<String, String> environment, Path logs) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(arguments);
		Path log = logs.resolve(name + ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			return new ChildJvm(name, log, builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start " + name, ex);
		}
	}

	/** A port on 127.0.0.1 that nothing listens on right now. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long pid() {
		return this.process.pid();
	}

	/** The CPU time it has used so far, all its threads, user and system. */
	Duration cpu() {
		return this.process.toHandle()
			.info()
			.totalCpuDuration()
			.orElseThrow(() -> new IllegalStateException("the CPU time of " + this.name + " cannot be read"));
	}

	/** Fails, with the end of its log, when it has ended. */
	void requireAlive() {
		if (!this.process.isAlive()) {
			throw new IllegalStateException(this.name + " ended with exit code " + this.process.exitValue()
					+ "; the end of " + this.log + ":\n" + tail());
		}
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException ex) {
			return "(unreadable: " + ex + ")";
		}
	}

	@Override
	public void close() {
		try {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
