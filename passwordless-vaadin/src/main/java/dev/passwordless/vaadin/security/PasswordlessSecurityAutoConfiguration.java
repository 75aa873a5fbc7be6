package dev.passwordless.vaadin.security;

import java.time.Clock;
import java.time.Duration;

import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoAutoConfiguration;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.offline.LocalMode;
import dev.passwordless.vaadin.operations.OperationsAutoConfiguration;
import dev.passwordless.vaadin.operations.SignInMetrics;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import dev.passwordless.vaadin.store.StoreAutoConfiguration;
import dev.passwordless.vaadin.store.StoreProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security with Cognito behind it: the {@link CognitoUser} principal with roles
 * from Cognito groups, token verification, refresh, revocation, sign-out and the
 * completion endpoint. Every piece gives way to a bean of the same type the application
 * defines; a {@link SecurityFilterChain} of the application replaces the default one
 * (apply {@link PasswordlessSecurityConfigurer} in it).
 *
 * <p>
 * Ordered after Vaadin's security auto-configuration, whose beans the chain uses, and
 * before Spring Boot's web security, whose default chain and generated user would
 * otherwise be registered first.
 */
@AutoConfiguration(
		after = { CognitoAutoConfiguration.class, StoreAutoConfiguration.class, OperationsAutoConfiguration.class },
		afterName = "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
		beforeName = {
				"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration" })
@EnableConfigurationProperties({ RedirectProperties.class, SecurityProperties.class, RememberMeProperties.class,
		StoreProperties.class })
public class PasswordlessSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CognitoTokenVerifier cognitoTokenVerifier(CognitoPool pool, Clock clock) {
		return CognitoTokenVerifier.forPool(pool, clock);
	}

	@Bean
	@ConditionalOnMissingBean
	SignInTarget signInTarget(RedirectProperties redirect) {
		return (user) -> redirect.afterSignIn();
	}

	@Bean
	@ConditionalOnMissingBean
	SignOut passwordlessSignOut(CognitoAuthClient cognito, ObjectProvider<CognitoRememberMeServices> rememberMe,
			SignOutsEverywhere signOuts, ObjectProvider<AuditTrail> audit) {
		return new SignOut(cognito, rememberMe, signOuts, audit.getIfAvailable(AuditTrail::off));
	}

	/**
	 * The shared secret: {@code passwordless.master-key} (formerly
	 * {@code passwordless.remember-me.key}), required outside the {@code local} profile.
	 */
	@Bean
	@ConditionalOnMissingBean
	MasterKey passwordlessMasterKey(RememberMeProperties properties, StoreProperties store, Environment environment) {
		String configured = Binder.get(environment).bind(MasterKey.PROPERTY, String.class).orElse(null);
		return MasterKey.resolve(configured, properties.key(), LocalMode.isOn(environment), store.dataPath());
	}

	/** Browsers that have signed in as a number before. */
	@Bean
	@ConditionalOnMissingBean
	KnownDevice passwordlessKnownDevice(MasterKey key, Environment environment) {
		return new KnownDevice(key, !LocalMode.isOn(environment));
	}

	@Bean
	@ConditionalOnMissingBean
	LastSignIns passwordlessLastSignIns(PasswordlessDatabase database, Clock clock) {
		return new LastSignIns(database, clock);
	}

	/** Short-lived sessions until someone signs in. */
	@Bean
	@ConditionalOnMissingBean
	SessionBounds passwordlessSessionBounds(SecurityProperties security, Environment environment) {
		Duration signedIn = Binder.get(environment)
			.bind("server.servlet.session.timeout", Duration.class)
			.orElse(Duration.ofMinutes(30));
		return new SessionBounds(security.anonymousSessionTimeout(), signedIn, security.maxAnonymousSessions());
	}

	@Bean
	@ConditionalOnMissingBean
	SignOutsEverywhere passwordlessSignOutsEverywhere(PasswordlessDatabase database, Clock clock,
			LastSignIns lastSignIns, SessionBounds bounds) {
		return new SignOutsEverywhere(database, clock, lastSignIns, bounds);
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoRememberMeServices passwordlessRememberMe(PasswordlessDatabase database, MasterKey key,
			RememberMeProperties properties, Environment environment, CognitoAuthClient cognito,
			CognitoTokenVerifier verifier, SignInMetrics metrics, SignOutsEverywhere signOuts, Clock clock,
			ObjectProvider<AuditTrail> audit) {
		return new CognitoRememberMeServices(new RememberMeRecords(database, key), key, properties,
				!LocalMode.isOn(environment), RefreshedSignIn.through(cognito, verifier), metrics, signOuts, clock,
				audit.getIfAvailable(AuditTrail::off));
	}

	/** The browsers each person stays signed in on. */
	@Bean
	@ConditionalOnMissingBean
	Devices passwordlessDevices(PasswordlessDatabase database, MasterKey key, CognitoAuthClient cognito,
			CognitoTokenVerifier verifier, Clock clock) {
		return new Devices(new RememberMeRecords(database, key), RefreshedSignIn.through(cognito, verifier), clock);
	}

	@Bean
	@ConditionalOnMissingBean
	SignInCompletion passwordlessSignInCompletion(Clock clock) {
		return new SignInCompletion(clock);
	}

	/** The parts that exist in a servlet web application only. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@EnableWebSecurity
	static class Web {

		@Bean
		@ConditionalOnMissingBean(SecurityFilterChain.class)
		SecurityFilterChain passwordlessSecurityFilterChain(HttpSecurity http, SecurityProperties security)
				throws Exception {
			http.with(PasswordlessSecurityConfigurer.passwordless(),
					(passwordless) -> passwordless.publicPaths(security.publicPaths())
						.contentSecurityPolicy(security.contentSecurityPolicy()));
			return http.build();
		}

		@Bean
		SignInCompletionController signInCompletionController(SignInCompletion completion, SignInTarget target,
				CognitoRememberMeServices rememberMe, SignOutsEverywhere signOuts, KnownDevice knownDevice,
				ObjectProvider<PasskeyOffers> passkeyOffers) {
			return new SignInCompletionController(completion, target, rememberMe, signOuts, knownDevice, passkeyOffers);
		}

		/**
		 * No passwords anywhere: an empty user store replaces Spring Boot's generated
		 * default user.
		 */
		@Bean
		@ConditionalOnMissingBean
		UserDetailsService passwordlessNoPasswordUsers() {
			return new InMemoryUserDetailsManager();
		}

	}

}
