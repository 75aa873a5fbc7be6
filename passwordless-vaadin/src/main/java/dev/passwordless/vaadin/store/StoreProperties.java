package dev.passwordless.vaadin.store;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the sign-in keeps its own state when the application names no database.
 *
 * @param dataDirectory the directory of the default H2 database file (and, under the
 * {@code local} profile, of the generated master key); empty: in memory, for tests
 * (default {@code .passwordless}, beside {@code .local-cognito})
 */
@ConfigurationProperties("passwordless.store")
public record StoreProperties(@DefaultValue(StoreProperties.DEFAULT_DIRECTORY) String dataDirectory) {

	static final String DEFAULT_DIRECTORY = ".passwordless";

	/** The data directory, or empty when the state is kept in memory. */
	public Optional<Path> dataPath() {
		return (this.dataDirectory == null || this.dataDirectory.isBlank()) ? Optional.empty()
				: Optional.of(Path.of(this.dataDirectory).toAbsolutePath());
	}

}
