package dev.passwordless.testing.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL programs a {@link PostgresServer} runs on its directory: Debian's
 * {@code initdb}, {@code pg_ctl} and {@code psql}, each run to its end with its output
 * appended to a log. PostgreSQL refuses to run as root, so as root every command runs as
 * the {@code postgres} user ({@code runuser -u postgres --}) and the directory is handed
 * to that user ({@link #privateDirectory()}).
 */
final class PostgresCommands {

	/** The cluster's superuser, and the user the commands run as under root. */
	static final String SERVICE_USER = "postgres";

	private static final long COMMAND_TIMEOUT_SECONDS = 90;

	private final Path directory;

	private final Path log;

	/**
	 * @param directory the server's directory: its data under {@code data}, its socket in
	 * the directory itself
	 * @param log the file the commands' and the server's output is appended to
	 */
	PostgresCommands(Path directory, Path log) {
		this.directory = directory;
		this.log = log;
	}

	/** Creates the cluster: local connections trusted, TCP ones by password. */
	void initdb() {
		run("initdb", "-D", data(), "-U", SERVICE_USER, "-E", "UTF8", "--auth-local=trust", "--auth-host=scram-sha-256",
				"--no-sync");
	}

	/** Starts the server on 127.0.0.1 and this port, waiting until it accepts. */
	void start(int port) {
		run("pg_ctl", "-D", data(), "-w", "-t", "60", "-o",
				"-c listen_addresses=127.0.0.1 -p " + port + " -c unix_socket_directories=" + this.directory
						+ " -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200",
				"start");
	}

	/** Stops the server (fast shutdown: open connections are cut). */
	void stop() {
		run("pg_ctl", "-D", data(), "-w", "-t", "60", "-m", "fast", "stop");
	}

	/**
	 * Runs SQL commands as the superuser, over the socket; the first error stops them.
	 */
	void psql(int port, String... commands) {
		List<String> arguments = new ArrayList<>(List.of("-h", this.directory.toString(), "-p", String.valueOf(port),
				"-U", SERVICE_USER, "-v", "ON_ERROR_STOP=1"));
		for (String command : commands) {
			arguments.add("-c");
			arguments.add(command);
		}
		run("psql", arguments.toArray(String[]::new));
	}

	private String data() {
		return this.directory.resolve("data").toString();
	}

	/**
	 * Runs a command to its end, its output appended to the log (the server that
	 * {@code pg_ctl start} leaves running inherits it: its own log lands there too).
	 */
	private void run(String program, String... arguments) {
		List<String> command = new ArrayList<>();
		if (isRoot()) {
			command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
		}
		command.add(binaries().resolve(program).toString());
		command.addAll(Arrays.asList(arguments));
		try {
			Files.createDirectories(this.log.getParent());
			Files.writeString(this.log, "==== " + Instant.now() + " " + program + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
				.start();
			if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(program + " did not end within " + COMMAND_TIMEOUT_SECONDS
						+ " s; the end of " + this.log + ":\n" + tail(this.log));
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(program + " ended with exit code " + process.exitValue()
						+ "; the end of " + this.log + ":\n" + tail(this.log));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A new temporary directory for a server, owned by the {@code postgres} user when run
	 * as root.
	 */
	static Path privateDirectory() {
		try {
			Path directory = Files.createTempDirectory("passwordless-postgres");
			if (isRoot()) {
				Files.setOwner(directory,
						FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(SERVICE_USER));
			}
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
	}

	private static Path binaries() {
		Path versions = Path.of("/usr/lib/postgresql");
		try (Stream<Path> found = Files.exists(versions) ? Files.list(versions) : Stream.empty()) {
			return found.map((version) -> version.resolve("bin"))
				.filter((bin) -> Files.isExecutable(bin.resolve("initdb")))
				.max(Comparator.comparing((bin) -> Integer.parseInt(bin.getParent().getFileName().toString())))
				.orElseThrow(() -> new IllegalStateException(
						"These tests need Debian's PostgreSQL: apt-get install -y postgresql (./test does this)"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

}
