package dev.passwordless.vaadin.admission;

import com.vaadin.flow.i18n.I18NProvider;
import dev.passwordless.vaadin.i18n.I18nAutoConfiguration;
import dev.passwordless.vaadin.operations.OperationsAutoConfiguration;
import dev.passwordless.vaadin.operations.SignInMetrics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

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
	 * Before everything else but the container's own filters (character encoding, the
	 * request context), so a turned-away browser costs next to nothing.
	 */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	@Bean
	FilterRegistrationBean<SignInAdmission> passwordlessSignInAdmission(AdmissionProperties properties,
			I18NProvider words, SignInMetrics metrics) {
		FilterRegistrationBean<SignInAdmission> registration = new FilterRegistrationBean<>(
				new SignInAdmission(properties, new BusyPage(words), metrics));
		registration.setOrder(ORDER);
		return registration;
	}

}
