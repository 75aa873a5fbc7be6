package dev.passwordless.vaadin.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults for the sign-in's database and the operator's endpoints, each giving way to
 * the application's own setting:
 * <ul>
 * <li>no {@code spring.datasource.url}: an H2 file in
 * {@code passwordless.store.data-directory} ({@code .passwordless/passwordless.mv.db}),
 * in PostgreSQL mode, so the migrations are the same; an empty data directory: an H2
 * database in memory, one per application;</li>
 * <li>a connection is waited for at most 2 s (Hikari's own default is 30 s): a database
 * that is down refuses a code within that time, and readiness says so in time for a load
 * balancer's check;</li>
 * <li>Actuator: liveness and readiness groups everywhere, readiness made of the
 * application's readiness, the sign-in's database and the Cognito pool; only health over
 * HTTP, without details.</li>
 * </ul>
 */
class StoreDefaults implements EnvironmentPostProcessor, Ordered {

	private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

	static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		if (!environment.containsProperty("spring.datasource.url")) {
			String directory = environment.getProperty("passwordless.store.data-directory",
					StoreProperties.DEFAULT_DIRECTORY);
			if (!directory.isBlank()) {
				ownerOnly(Path.of(directory));
			}
			defaults.put("spring.datasource.url", directory.isBlank()
					? "jdbc:h2:mem:passwordless-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS
					: "jdbc:h2:file:" + Path.of(directory).toAbsolutePath().resolve("passwordless") + H2_OPTIONS);
			defaults.put("spring.datasource.username", "sa");
			defaults.put("spring.datasource.password", "");
		}
		defaults.put("spring.datasource.hikari.connection-timeout", "2000");
		defaults.put("spring.datasource.hikari.validation-timeout", "1000");
		defaults.put("management.endpoint.health.probes.enabled", "true");
		defaults.put("management.endpoint.health.group.readiness.include",
				"readinessState,passwordlessDatabase,cognito");
		defaults.put("management.endpoints.web.exposure.include", "health");
		defaults.put("management.endpoint.health.show-details", "never");
		defaults.put("management.endpoint.health.show-components", "never");
		environment.getPropertySources().addLast(new MapPropertySource("passwordlessStoreDefaults", defaults));
	}

	/**
	 * The data directory, made readable by its owner only (it holds the limits' history
	 * and the remember-me records), as the local Cognito keeps its own: created 0700, or,
	 * when it exists already, narrowed to 0700 with its files 0600.
	 */
	private static void ownerOnly(Path directory) {
		if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		try {
			if (!Files.isDirectory(directory)) {
				Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
				return;
			}
			Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
			try (Stream<Path> files = Files.list(directory)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
						Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Could not make the sign-in's data directory " + directory + " readable by its owner only", ex);
		}
	}

	/** After the application's configuration files. */
	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
