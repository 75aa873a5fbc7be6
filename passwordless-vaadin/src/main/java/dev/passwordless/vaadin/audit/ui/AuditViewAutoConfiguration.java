package dev.passwordless.vaadin.audit.ui;

import dev.passwordless.vaadin.audit.JdbcAuditEventRepository;
import dev.passwordless.vaadin.audit.PasswordlessAuditAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The {@code /admin/audit} view, when the trail is the starter's own (it pages through
 * {@link JdbcAuditEventRepository}).
 */
@AutoConfiguration(after = PasswordlessAuditAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(JdbcAuditEventRepository.class)
public class AuditViewAutoConfiguration {

	@Bean
	AuditRoutes passwordlessAuditRoutes() {
		return new AuditRoutes();
	}

}
