package dev.passwordless.vaadin.store;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The sign-in's state in the application's {@link DataSource}
 * ({@code spring.datasource.*}; by default an H2 file, see {@link StoreDefaults}), with
 * the starter's own migrations and Flyway history ({@link PasswordlessDatabase}).
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(StoreProperties.class)
public class StoreAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PasswordlessDatabase passwordlessDatabase(DataSource dataSource) {
		return PasswordlessDatabase.migrated(dataSource);
	}

}
