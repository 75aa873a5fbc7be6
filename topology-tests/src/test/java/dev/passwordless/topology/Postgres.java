package dev.passwordless.topology;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One PostgreSQL server of Debian's {@code postgresql} package, made for the test in a
 * temporary directory and deleted with it: {@code initdb}, then {@code pg_ctl start} on
 * 127.0.0.1 and a free port, then a database and a login role with a random password for
 * the apps. PostgreSQL refuses to run as root, so as root every command runs as the
 * {@code postgres} user ({@code runuser -u postgres --}) and the directory is handed to
 * that user. The server's own log goes to {@code <logs>/postgres.log}. It can be stopped
 * and started again on the same data, as an outage would.
 */
final class Postgres implements AutoCloseable {

	static final String DATABASE = "passwordless";

	static final String USER = "passwordless";

	private static final String SERVICE_USER = "postgres";

	private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

	private final Path logs;

	private final Path directory;

	private final Path bin;

	private final int port;

	private final String password;

	private boolean running;

	private Postgres(Path logs, Path directory, Path bin, int port, String password) {
		this.logs = logs;
		this.directory = directory;
		this.bin = bin;
		this.port = port;
		this.password = password;
	}

	/** Creates the cluster, starts it and creates the apps' database and role. */
	static Postgres start(Path logs) {
		Path bin = binaries();
		Path directory = privateDirectory();
		Postgres postgres = new Postgres(logs, directory, bin, FreePort.find(), randomPassword());
		try {
			postgres.run("initdb", "-D", postgres.data().toString(), "-U", SERVICE_USER, "-E", "UTF8",
					"--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync");
			postgres.startServer();
			postgres.run("psql", "-h", directory.toString(), "-p", String.valueOf(postgres.port), "-U", SERVICE_USER,
					"-v", "ON_ERROR_STOP=1", "-c",
					"CREATE ROLE " + USER + " LOGIN PASSWORD '" + postgres.password + "'", "-c",
					"CREATE DATABASE " + DATABASE + " OWNER " + USER);
			return postgres;
		}
		catch (RuntimeException ex) {
			postgres.close();
			throw ex;
		}
	}

	/** The JDBC URL of the apps' database, over TCP on 127.0.0.1. */
	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + DATABASE;
	}

	String password() {
		return this.password;
	}

	/** Starts the server again after {@link #stopServer()}, on the same port and data. */
	synchronized void startServer() {
		run("pg_ctl", "-D", data().toString(), "-w", "-t", "60", "-o",
				"-c listen_addresses=127.0.0.1 -p " + this.port + " -c unix_socket_directories=" + this.directory
						+ " -c fsync=off -c full_page_writes=off -c synchronous_commit=off",
				"start");
		this.running = true;
	}

	/** Starts the server again if it is stopped. */
	synchronized void ensureServerRunning() {
		if (!this.running) {
			startServer();
		}
	}

	/** Stops the server (fast shutdown: open connections are cut), keeping its data. */
	synchronized void stopServer() {
		if (this.running) {
			run("pg_ctl", "-D", data().toString(), "-w", "-t", "60", "-m", "fast", "stop");
			this.running = false;
		}
	}

	@Override
	public void close() {
		try {
			stopServer();
		}
		finally {
			delete(this.directory);
		}
	}

	private Path data() {
		return this.directory.resolve("data");
	}

	private void run(String program, String... arguments) {
		List<String> command = new ArrayList<>();
		if (isRoot()) {
			command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
		}
		command.add(this.bin.resolve(program).toString());
		command.addAll(Arrays.asList(arguments));
		// the server started by pg_ctl inherits this output: its log lands in the same
		// file
		new ChildProcess("postgres", command, Map.of(), this.logs).runToCompletion(COMMAND_TIMEOUT);
	}

	private static Path binaries() {
		Path versions = Path.of("/usr/lib/postgresql");
		try (Stream<Path> found = Files.exists(versions) ? Files.list(versions) : Stream.empty()) {
			return found.map((version) -> version.resolve("bin"))
				.filter((bin) -> new File(bin.toFile(), "initdb").canExecute())
				.max(Comparator.comparing((bin) -> Integer.parseInt(bin.getParent().getFileName().toString())))
				.orElseThrow(() -> new IllegalStateException("The topology test needs Debian's PostgreSQL: "
						+ "apt-get install -y postgresql (./test does this)"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path privateDirectory() {
		try {
			Path directory = Files.createTempDirectory("topology-postgres");
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

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static String randomPassword() {
		String letters = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 24; i++) {
			password.append(letters.charAt(random.nextInt(letters.length())));
		}
		return password.toString();
	}

	private static void delete(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// a leftover temporary directory is no reason to fail the test
		}
	}

}
