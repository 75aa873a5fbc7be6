package dev.passwordless.vaadin.account;

import java.util.Optional;

import dev.passwordless.vaadin.admin.AdminAutoConfiguration;
import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.audit.JdbcAuditEventRepository;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoPasskeys;
import dev.passwordless.vaadin.login.SignInPolicy;
import dev.passwordless.vaadin.login.SignInRateLimits;
import dev.passwordless.vaadin.login.SignInSession;
import dev.passwordless.vaadin.operations.SignInMetrics;
import dev.passwordless.vaadin.security.CognitoTokenVerifier;
import dev.passwordless.vaadin.security.Devices;
import dev.passwordless.vaadin.security.FreshSignIn;
import dev.passwordless.vaadin.security.SignOut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * "Your account" ({@code /account}): what a signed-in person may do to their own account.
 * Each bean gives way to one the application defines.
 */
@AutoConfiguration(after = AdminAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AccountAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Browsers passwordlessBrowsers() {
		return new Browsers();
	}

	@Bean
	@ConditionalOnMissingBean
	NumberChanges passwordlessNumberChanges(CognitoAuthClient cognito, CognitoTokenVerifier verifier,
			SignInPolicy policy, SignInRateLimits limits, SignInSession session, FreshSignIn fresh) {
		return new NumberChanges(cognito, verifier, policy, limits, session, fresh);
	}

	@Bean
	@ConditionalOnMissingBean
	Account passwordlessAccount(CognitoAuthClient cognito, Devices devices, SignOut signOut,
			ObjectProvider<JdbcAuditEventRepository> trail, ObjectProvider<AuditTrail> audit, SignInMetrics metrics,
			NumberChanges numbers) {
		return new Account(cognito, devices, signOut, Optional.ofNullable(trail.getIfAvailable()),
				audit.getIfAvailable(AuditTrail::off), metrics, numbers);
	}

	@Bean
	@ConditionalOnMissingBean
	AccountPasskeys passwordlessAccountPasskeys(CognitoPasskeys passkeys,
			ObjectProvider<JdbcAuditEventRepository> trail, ObjectProvider<AuditTrail> audit, SignInMetrics metrics) {
		return new AccountPasskeys(passkeys, Optional.ofNullable(trail.getIfAvailable()),
				audit.getIfAvailable(AuditTrail::off), metrics);
	}

}
