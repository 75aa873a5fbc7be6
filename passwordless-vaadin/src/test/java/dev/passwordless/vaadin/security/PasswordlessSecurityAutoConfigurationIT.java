package dev.passwordless.vaadin.security;

import com.vaadin.flow.spring.SpringBootAutoConfiguration;
import com.vaadin.flow.spring.SpringSecurityAutoConfiguration;
import dev.passwordless.vaadin.cognito.CognitoAutoConfiguration;
import dev.passwordless.vaadin.login.LoginAutoConfiguration;
import dev.passwordless.vaadin.offline.LocalCognitoAutoConfiguration;
import dev.passwordless.vaadin.operations.OperationsAutoConfiguration;
import dev.passwordless.vaadin.store.StoreAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security filter chain in a servlet web application, with Vaadin's and Spring Boot's
 * security auto-configurations around it: the module's chain by default, the portal's own
 * when it defines one, with the sign-in's filters in it through the configurer.
 */
class PasswordlessSecurityAutoConfigurationIT {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SpringBootAutoConfiguration.class,
				SpringSecurityAutoConfiguration.class, SecurityAutoConfiguration.class,
				ServletWebSecurityAutoConfiguration.class, LocalCognitoAutoConfiguration.class,
				CognitoAutoConfiguration.class, PasswordlessSecurityAutoConfiguration.class,
				LoginAutoConfiguration.class, DataSourceAutoConfiguration.class, StoreAutoConfiguration.class,
				OperationsAutoConfiguration.class))
		.withPropertyValues("spring.profiles.active=local", "passwordless.local-cognito.port=0",
				"passwordless.local-cognito.data-directory=", "passwordless.store.data-directory=",
				"passwordless.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
				"passwordless.local-cognito.echo-sms=false", "passwordless.allowed-countries=US");

	@Test
	void chainWhenThePortalDefinesNoneThenTheModulesWithTheSessionRefresh() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(SecurityFilterChain.class).hasBean("passwordlessSecurityFilterChain");
			assertThat(context.getBean(SecurityFilterChain.class).getFilters())
				.anyMatch(CognitoSessionFilter.class::isInstance);
		});
	}

	@Test
	void chainWhenThePortalDefinesItsOwnThenTheModulesGivesWayAndTheConfigurerAddsTheSignIn() {
		this.runner.withUserConfiguration(PortalChain.class).run((context) -> {
			assertThat(context).hasSingleBean(SecurityFilterChain.class).hasBean("portalChain");
			assertThat(context.getBean(SecurityFilterChain.class).getFilters())
				.anyMatch(CognitoSessionFilter.class::isInstance);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class PortalChain {

		@Bean
		SecurityFilterChain portalChain(HttpSecurity http) {
			http.with(PasswordlessSecurityConfigurer.passwordless(), (passwordless) -> {
			});
			return http.build();
		}

	}

}
