package dev.passwordless.vaadin.operations;

import java.time.Clock;

import dev.passwordless.vaadin.cognito.CognitoAutoConfiguration;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import dev.passwordless.vaadin.store.StoreAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What an operator watches: the sign-in's counters ({@link SignInMetrics}, in the
 * application's {@link MeterRegistry}, Micrometer's global one without it) and, when the
 * application has Spring Boot's actuator, two health indicators its readiness group is
 * made of: {@code passwordlessDatabase} and {@code cognito}.
 */
@AutoConfiguration(after = { StoreAutoConfiguration.class, CognitoAutoConfiguration.class })
public class OperationsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SignInMetrics passwordlessSignInMetrics(ObjectProvider<MeterRegistry> registry) {
		return new SignInMetrics(registry.getIfAvailable(() -> Metrics.globalRegistry));
	}

	/** The readiness checks, with the actuator only. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
	static class Health {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean(name = "passwordlessDatabaseHealthIndicator")
		DatabaseHealthIndicator passwordlessDatabaseHealthIndicator(PasswordlessDatabase database) {
			return new DatabaseHealthIndicator(database);
		}

		@Bean
		@ConditionalOnMissingBean(name = "cognitoHealthIndicator")
		CognitoHealthIndicator cognitoHealthIndicator(CognitoPool pool, Clock clock) {
			return new CognitoHealthIndicator(pool.jwksUri(), clock);
		}

	}

}
