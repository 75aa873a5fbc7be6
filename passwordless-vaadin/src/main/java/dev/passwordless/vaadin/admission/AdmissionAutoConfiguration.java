package dev.passwordless.vaadin.admission;

import com.vaadin.flow.i18n.I18NProvider;
import dev.passwordless.vaadin.i18n.I18nAutoConfiguration;
import dev.passwordless.vaadin.operations.OperationsAutoConfiguration;
import dev.passwordless.vaadin.operations.SignInMetrics;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Turns new sign-ins away while the instance is overloaded ({@link SignInAdmission}),
 * unless {@code passwordless.admission.enabled} is false.
 */
@AutoConfiguration(after = { OperationsAutoConfiguration.class, I18nAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "passwordless.admission.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AdmissionProperties.class)
public class AdmissionAutoConfiguration {

	/**
	 * The filter's order: after the server's observation filter (so turned-away answers
	 * are in {@code http.server.requests}), before Spring Boot's request context filter
	 * and Spring Security's chain (so a turned-away browser costs next to nothing).
	 */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	private static final Log logger = LogFactory.getLog(AdmissionAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(name = "passwordlessSignInAdmission")
	FilterRegistrationBean<SignInAdmission> passwordlessSignInAdmission(AdmissionProperties properties,
			I18NProvider words, SignInMetrics metrics, Environment environment) {
		int threads = environment.getProperty("server.tomcat.threads.max", Integer.class, 200);
		boolean virtual = environment.getProperty("spring.threads.virtual.enabled", Boolean.class, false);
		if (!virtual && properties.busyAt() >= threads) {
			logger.warn("passwordless.admission.busy-at (" + properties.busyAt()
					+ ") is not below server.tomcat.threads.max (" + threads
					+ "): requests queue for a thread before they are counted, so new sign-ins are never turned away");
		}
		SignInAdmission admission = new SignInAdmission(properties, environment.getProperty("vaadin.url-mapping", "/*"),
				new BusyPage(words), metrics);
		metrics.requestsInProgress(admission::inProgress);
		FilterRegistrationBean<SignInAdmission> registration = new FilterRegistrationBean<>(admission);
		registration.setOrder(ORDER);
		return registration;
	}

}
