package dev.passwordless.testing.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * and started again on the same data, as an outage would. The programs are run by
 * {@link PostgresCommands} (as the {@code postgres} user when run as root); their and the
 * server's output go to {@code <logs>/postgres.log}.
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

	private final Path logs;

	private final List<HikariDataSource> pools = new ArrayList<>();

	private Path directory;

	private PostgresCommands commands;

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
			this.commands.stop();
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
		Path created = PostgresCommands.privateDirectory();
		this.directory = created;
		this.commands = new PostgresCommands(created,
				((this.logs != null) ? this.logs : created).resolve("postgres.log"));
		this.port = freePort();
		this.password = randomPassword();
		try {
			this.commands.initdb();
			startServer();
			this.commands.psql(this.port, "CREATE ROLE " + USER + " LOGIN PASSWORD '" + this.password + "'",
					"CREATE DATABASE " + DATABASE + " OWNER " + USER);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	private void startServer() {
		this.commands.start(this.port);
		this.running = true;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
