package dev.passwordless.webapp.security;

import java.time.Clock;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.passwordless.webapp.cognito.CognitoAuthClient;
import dev.passwordless.webapp.cognito.CognitoPool;
import dev.passwordless.webapp.login.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Vaadin's security configuration with Cognito behind it: views declare their access with
 * annotations, the login view is {@link LoginView}, sessions are kept alive by refreshing
 * tokens, and signing out revokes the tokens at Cognito before the session is
 * invalidated.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CognitoAuthClient cognito, CognitoTokenVerifier verifier,
			SignOut signOut) throws Exception {
		// @formatter:off
		http.authorizeHttpRequests((authorize) -> authorize
				.requestMatchers(SignInCompletionController.PATH, "/frontend-static/**").permitAll());
		http.addFilterAfter(new CognitoSessionFilter(cognito, verifier, Clock.systemUTC()),
				SecurityContextHolderFilter.class);
		// for AuthenticationContext.logout() and POST /logout; the app's own button uses SignOut
		http.logout((logout) -> logout.addLogoutHandler((request, response, authentication) -> signOut.revoke(request)));
		http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.loginView(LoginView.class));
		// @formatter:on
		return http.build();
	}

	/**
	 * No passwords anywhere: an empty user store replaces Spring Boot's generated default
	 * user.
	 */
	@Bean
	UserDetailsService noPasswordUsers() {
		return new InMemoryUserDetailsManager();
	}

	@Bean
	CognitoTokenVerifier cognitoTokenVerifier(CognitoPool pool) {
		return CognitoTokenVerifier.forPool(pool);
	}

}
