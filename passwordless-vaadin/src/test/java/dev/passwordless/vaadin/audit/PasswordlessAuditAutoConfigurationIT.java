package dev.passwordless.vaadin.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import dev.passwordless.vaadin.store.StoreAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.boot.actuate.audit.InMemoryAuditEventRepository;
import org.springframework.boot.actuate.audit.listener.AbstractAuditListener;
import org.springframework.boot.actuate.autoconfigure.audit.AuditAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the audit events go, with and without the actuator's own auto-configuration, and
 * what gives way to the application's beans.
 */
class PasswordlessAuditAutoConfigurationIT {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, StoreAutoConfiguration.class,
				PasswordlessAuditAutoConfiguration.class))
		.withBean(Clock.class, Clock::systemUTC)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:audit-config-" + UUID.randomUUID()
				+ ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");

	private final ApplicationContextRunner withActuator = this.runner
		.withConfiguration(AutoConfigurations.of(AuditAutoConfiguration.class));

	@Test
	void contextWhenTheActuatorsAuditConfigurationIsAbsentThenTheStartersListenerKeepsTheTrail() {
		this.runner.withClassLoader(new FilteredClassLoader(AuditAutoConfiguration.class)).run((context) -> {
			assertThat(context).hasSingleBean(AbstractAuditListener.class).hasBean("passwordlessAuditListener");

			publishAndWrite(context);

			assertThat(context.getBean(JdbcAuditEventRepository.class).find("sub-1", null, "SIGNED_OUT")).hasSize(1);
		});
	}

	@Test
	void contextWhenTheActuatorsAuditConfigurationIsPresentThenItsListenerStoresIntoTheJdbcTrail() {
		this.withActuator.run((context) -> {
			assertThat(context).hasSingleBean(AbstractAuditListener.class)
				.doesNotHaveBean("passwordlessAuditListener")
				.hasSingleBean(JdbcAuditEventRepository.class);

			publishAndWrite(context);

			assertThat(context.getBean(JdbcAuditEventRepository.class).find("sub-1", null, null)).hasSize(1);
		});
	}

	@Test
	void contextWhenTheActuatorsAuditEventsAreTurnedOffThenNothingIsRecorded() {
		this.withActuator.withPropertyValues("management.auditevents.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(AbstractAuditListener.class);

			publishAndWrite(context);

			assertThat(context.getBean(JdbcAuditEventRepository.class).find(null, null, null)).isEmpty();
		});
	}

	@Test
	void contextWhenTheApplicationHasItsOwnRepositoryThenTheEventsGoThereAndNoJdbcTrail() {
		InMemoryAuditEventRepository own = new InMemoryAuditEventRepository();
		this.runner.withClassLoader(new FilteredClassLoader(AuditAutoConfiguration.class))
			.withBean(AuditEventRepository.class, () -> own)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(JdbcAuditEventRepository.class)
					.doesNotHaveBean(AuditRetention.class);

				context.getBean(AuditTrail.class).event(AuditKind.SIGNED_OUT).user("sub-1").publish();

				assertThat(own.find("sub-1", null, null)).extracting(AuditEvent::getType).containsExactly("SIGNED_OUT");
			});
	}

	@Test
	void contextWhenTheRetentionIsSetThenItIsBoundAndTheDefaultIsNinetyDays() {
		this.runner.run((context) -> assertThat(context.getBean(AuditProperties.class).retention())
			.isEqualTo(Duration.ofDays(90)));
		this.runner.withPropertyValues("passwordless.audit.retention=30d")
			.run((context) -> assertThat(context.getBean(AuditProperties.class).retention())
				.isEqualTo(Duration.ofDays(30)));
	}

	private static void publishAndWrite(ApplicationContext context) {
		context.getBean(AuditTrail.class).event(AuditKind.SIGNED_OUT).user("sub-1").publish();
		// closing the writer waits for its thread and writes what is queued: no waiting
		// in the test
		context.getBean(AuditWriter.class).close();
	}

}
