package dev.passwordless.vaadin.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A real PostgreSQL server for a test class: Debian's {@code postgresql} package,
 * {@code initdb} in a temporary directory, started on 127.0.0.1 and a free port, stopped
 * and deleted after the class. PostgreSQL refuses to run as root, so as root every
 * command runs as the {@code postgres} user. Register it as a static field with
 * {@code @RegisterExtension}.
 */
public final class PostgresServer implements BeforeAllCallback, AfterAllCallback {

	private static final String SERVICE_USER = "postgres";

	private Path directory;

	private Path bin;

	private int port;

	private final List<HikariDataSource> pools = new ArrayList<>();

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		this.bin = binaries();
		this.directory = Files.createTempDirectory("passwordless-postgres");
		if (isRoot()) {
			Files.setOwner(this.directory,
					FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(SERVICE_USER));
		}
		this.port = freePort();
		run("initdb", "-D", data(), "-U", SERVICE_USER, "-E", "UTF8", "--auth=trust", "--no-sync");
		start();
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		this.pools.forEach(HikariDataSource::close);
		try {
			stop();
		}
		finally {
			try (Stream<Path> paths = Files.walk(this.directory)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	/** Starts the server (again, after {@link #stop()}). */
	public void start() {
		run("pg_ctl", "-D", data(), "-w", "-t", "60", "-l", this.directory.resolve("postgres.log").toString(), "-o",
				"-c listen_addresses=127.0.0.1 -p " + this.port + " -c unix_socket_directories=" + this.directory
						+ " -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200",
				"start");
	}

	/** Stops the server, keeping its data, as an outage would. */
	public void stop() {
		run("pg_ctl", "-D", data(), "-w", "-t", "60", "-m", "fast", "stop");
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
	}

	public String username() {
		return SERVICE_USER;
	}

	/** A connection pool of its own, as each app instance has; closed with the server. */
	public DataSource newPool(int size) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(jdbcUrl());
		config.setUsername(SERVICE_USER);
		config.setMaximumPoolSize(size);
		config.setConnectionTimeout(2000);
		HikariDataSource pool = new HikariDataSource(config);
		this.pools.add(pool);
		return pool;
	}

	private String data() {
		return this.directory.resolve("data").toString();
	}

	private void run(String program, String... arguments) {
		List<String> command = new ArrayList<>();
		if (isRoot()) {
			command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
		}
		command.add(this.bin.resolve(program).toString());
		command.addAll(Arrays.asList(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(this.directory.resolve(program + ".out").toFile())
				.start();
			if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(program + " failed: "
						+ Files.readString(this.directory.resolve(program + ".out")).lines().limit(20).toList());
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

	private static Path binaries() throws IOException {
		Path versions = Path.of("/usr/lib/postgresql");
		try (Stream<Path> found = Files.exists(versions) ? Files.list(versions) : Stream.empty()) {
			return found.map((version) -> version.resolve("bin"))
				.filter((bin) -> Files.isExecutable(bin.resolve("initdb")))
				.max(Comparator.comparing((bin) -> Integer.parseInt(bin.getParent().getFileName().toString())))
				.orElseThrow(() -> new IllegalStateException(
						"These tests need Debian's PostgreSQL: apt-get install -y postgresql"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

}
