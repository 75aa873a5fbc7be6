package dev.passwordless.testing.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server of the test's own, from Debian's {@code postgresql} package:
 * {@code initdb} in a temporary directory, started on 127.0.0.1 and a free port, with a
 * database {@value #DATABASE} and a login role {@value #USER} with a random password, as
 * an operator gives the apps; stopped and deleted by {@link #close()}. It can be stopped
 * and started again on the same data, as an outage would. PostgreSQL refuses to run as
 * root, so as root every command runs as the {@code postgres} user
 * ({@code runuser -u postgres --}) and the directory is handed to that user. The
 * commands' and the server's output go to {@code <logs>/postgres.log}.
 *
 * <p>
 * For a test class, register it as a static field (it starts before the first test and is
 * gone after the last):
 *
 * <pre>
 * &#64;RegisterExtension
 * static final PostgresServer postgres = new PostgresServer();
 * </pre>
 */
public final class PostgresServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

	public static final String DATABASE = "passwordless";

	public static final String USER = "passwordless";

	private static final String SERVICE_USER = "postgres";

	private static final long COMMAND_TIMEOUT_SECONDS = 90;

	private final Path logs;

	private final List<HikariDataSource> pools = new ArrayList<>();

	private Path directory;

	private int port;

	private String password;

	private boolean running;

	/** A server whose log is in its own temporary directory. */
	public PostgresServer() {
		this(null);
	}

	/**
	 * @param logs the directory of {@code postgres.log}
	 */
	public PostgresServer(Path logs) {
		this.logs = logs;
	}

	/**
	 * Starts the server: the first time, creates it with the apps' database and role;
	 * after {@link #stop()}, starts it again on the same port and data; nothing when it
	 * runs.
	 */
	public synchronized PostgresServer start() {
		if (this.directory == null) {
			create();
		}
		else if (!this.running) {
			startServer();
		}
		return this;
	}

	/** Stops the server (fast shutdown: open connections are cut), keeping its data. */
	public synchronized void stop() {
		if (this.running) {
			run("pg_ctl", "-D", data(), "-w", "-t", "60", "-m", "fast", "stop");
			this.running = false;
		}
	}

	/** The JDBC URL of the apps' database, over TCP on 127.0.0.1. */
	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + DATABASE;
	}

	public String username() {
		return USER;
	}

	public String password() {
		return this.password;
	}

	/** A connection pool of its own, as each app instance has; closed with the server. */
	public synchronized DataSource newPool(int size) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(jdbcUrl());
		config.setUsername(USER);
		config.setPassword(this.password);
		config.setMaximumPoolSize(size);
		config.setConnectionTimeout(2000);
		HikariDataSource pool = new HikariDataSource(config);
		this.pools.add(pool);
		return pool;
	}

	/** Closes the pools, stops the server and deletes its data. */
	@Override
	public synchronized void close() {
		this.pools.forEach(HikariDataSource::close);
		this.pools.clear();
		if (this.directory == null) {
			return;
		}
		try {
			stop();
		}
		finally {
			delete(this.directory);
			this.directory = null;
		}
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		close();
	}

	private void create() {
		Path created = privateDirectory();
		this.directory = created;
		this.port = freePort();
		this.password = randomPassword();
		try {
			run("initdb", "-D", data(), "-U", SERVICE_USER, "-E", "UTF8", "--auth-local=trust",
					"--auth-host=scram-sha-256", "--no-sync");
			startServer();
			run("psql", "-h", created.toString(), "-p", String.valueOf(this.port), "-U", SERVICE_USER, "-v",
					"ON_ERROR_STOP=1", "-c", "CREATE ROLE " + USER + " LOGIN PASSWORD '" + this.password + "'", "-c",
					"CREATE DATABASE " + DATABASE + " OWNER " + USER);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	private void startServer() {
		run("pg_ctl", "-D", data(), "-w", "-t", "60", "-o",
				"-c listen_addresses=127.0.0.1 -p " + this.port + " -c unix_socket_directories=" + this.directory
						+ " -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200",
				"start");
		this.running = true;
	}

	private String data() {
		return this.directory.resolve("data").toString();
	}

	private Path log() {
		return ((this.logs != null) ? this.logs : this.directory).resolve("postgres.log");
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
		Path log = log();
		try {
			Files.createDirectories(log.getParent());
			Files.writeString(log, "==== " + Instant.now() + " " + program + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(program + " did not end within " + COMMAND_TIMEOUT_SECONDS
						+ " s; the end of " + log + ":\n" + tail(log));
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(program + " ended with exit code " + process.exitValue()
						+ "; the end of " + log + ":\n" + tail(log));
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

	private static Path privateDirectory() {
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

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
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
