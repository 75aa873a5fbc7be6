package dev.passwordless.vaadin.audit;

import java.time.Clock;

import dev.passwordless.vaadin.operations.OperationsAutoConfiguration;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import dev.passwordless.vaadin.store.StoreAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.boot.actuate.audit.listener.AbstractAuditListener;
import org.springframework.boot.actuate.audit.listener.AuditListener;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit trail, Spring Boot's way: the sign-in publishes
 * {@code AuditApplicationEvent}s ({@link AuditTrail}), an {@link AuditListener} hands
 * them to the {@link AuditEventRepository}, by default {@link JdbcAuditEventRepository}
 * in the sign-in's database, pruned by {@link AuditRetention}.
 * <ul>
 * <li>With the actuator's auto-configuration on the class path, its
 * {@code AuditAutoConfiguration} (ordered after this one, so it sees the repository)
 * makes the listener, and {@code management.auditevents.enabled=false} turns the
 * recording off;</li>
 * <li>without it, this configuration makes the same {@link AuditListener} itself, so the
 * trail is kept either way;</li>
 * <li>an application with its own {@link AuditEventRepository} gets the events there
 * instead (and no {@code /admin/audit} view, which reads the JDBC one).</li>
 * </ul>
 */
@AutoConfiguration(after = { StoreAutoConfiguration.class, OperationsAutoConfiguration.class },
		beforeName = { "org.springframework.boot.actuate.autoconfigure.audit.AuditAutoConfiguration",
				"org.springframework.boot.actuate.autoconfigure.audit.AuditEventsEndpointAutoConfiguration" })
@EnableConfigurationProperties(AuditProperties.class)
public class PasswordlessAuditAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AuditTrail passwordlessAuditTrail(ApplicationEventPublisher publisher, Clock clock) {
		return new AuditTrail(publisher, clock);
	}

	/** The trail in the sign-in's database, unless the application keeps it elsewhere. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(AuditEventRepository.class)
	static class Jdbc {

		@Bean(destroyMethod = "close")
		AuditWriter passwordlessAuditWriter(PasswordlessDatabase database, AuditProperties properties,
				ObjectProvider<MeterRegistry> registry, Clock clock) {
			return new AuditWriter(database.jdbc(), properties.queueCapacity(),
					registry.getIfAvailable(() -> Metrics.globalRegistry), clock)
				.start();
		}

		@Bean
		JdbcAuditEventRepository passwordlessAuditEventRepository(PasswordlessDatabase database, AuditWriter writer) {
			return new JdbcAuditEventRepository(database, writer);
		}

		@Bean(destroyMethod = "close")
		AuditRetention passwordlessAuditRetention(JdbcAuditEventRepository repository, AuditProperties properties,
				Clock clock) {
			return new AuditRetention(repository, properties.retention(), clock).start();
		}

	}

	/**
	 * The listener the actuator would make, when the actuator's auto-configuration is
	 * absent.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass("org.springframework.boot.actuate.autoconfigure.audit.AuditAutoConfiguration")
	static class Listener {

		@Bean
		@ConditionalOnMissingBean(AbstractAuditListener.class)
		AuditListener passwordlessAuditListener(AuditEventRepository repository) {
			return new AuditListener(repository);
		}

	}

}
