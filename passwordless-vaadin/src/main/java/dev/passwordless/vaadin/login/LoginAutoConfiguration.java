package dev.passwordless.vaadin.login;

import java.time.Clock;

import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoPasskeys;
import dev.passwordless.vaadin.cognito.CognitoAutoConfiguration;
import dev.passwordless.vaadin.offline.LocalMode;
import dev.passwordless.vaadin.operations.OperationsAutoConfiguration;
import dev.passwordless.vaadin.operations.SignInMetrics;
import dev.passwordless.vaadin.security.CognitoTokenVerifier;
import dev.passwordless.vaadin.security.KnownDevice;
import dev.passwordless.vaadin.security.LastSignIns;
import dev.passwordless.vaadin.security.PasskeyOffers;
import dev.passwordless.vaadin.security.MasterKey;
import dev.passwordless.vaadin.security.PasswordlessSecurityAutoConfiguration;
import dev.passwordless.vaadin.security.SignInCompletion;
import dev.passwordless.vaadin.store.JdbcSendLimitStore;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import dev.passwordless.vaadin.store.StoreAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The sign-in service the views call, and the app's own rate limits, shared by every
 * instance through the sign-in's database. The limits and their store give way to beans
 * the application defines.
 */
@AutoConfiguration(after = { CognitoAutoConfiguration.class, PasswordlessSecurityAutoConfiguration.class,
		StoreAutoConfiguration.class, OperationsAutoConfiguration.class })
@EnableConfigurationProperties({ PasswordlessProperties.class, LimitsProperties.class, PasskeysProperties.class })
public class LoginAutoConfiguration {

	/** Where the limits live: the sign-in's database, shared by every instance. */
	@Bean
	@ConditionalOnMissingBean
	SendLimitStore passwordlessSendLimitStore(PasswordlessDatabase database, Clock clock) {
		return new JdbcSendLimitStore(database, clock);
	}

	@Bean
	@ConditionalOnMissingBean
	SignInRateLimits signInRateLimits(LimitsProperties limits, SendLimitStore store, MasterKey key, Clock clock) {
		return new SharedSignInRateLimits(limits, store, key, clock);
	}

	@Bean
	@ConditionalOnMissingBean
	SignInPolicy passwordlessSignInPolicy(PasswordlessProperties app, LimitsProperties limits) {
		return SignInPolicy.of(app, limits);
	}

	@Bean
	@ConditionalOnMissingBean
	SignInSession passwordlessSignInSession(SignInCompletion completion, KnownDevice knownDevice) {
		return new VaadinSignInSession(completion, knownDevice);
	}

	@Bean
	@ConditionalOnMissingBean
	AccountEntry passwordlessAccountEntry(CognitoTokenVerifier verifier, CognitoAuthClient cognito,
			LastSignIns lastSignIns, SignInSession session, PasswordlessProperties app, Clock clock) {
		return new AccountEntry(verifier, cognito, lastSignIns, session, app.numberReassignmentAfter(), clock);
	}

	@Bean
	@ConditionalOnMissingBean
	PasswordlessLoginService passwordlessLoginService(CognitoAuthClient cognito, AccountEntry entry,
			SignInRateLimits limits, SignInSession session, SignInPolicy policy, Clock clock, SignInMetrics metrics,
			ObjectProvider<AuditTrail> audit) {
		return new PasswordlessLoginService(cognito, entry, limits, session, policy, clock, metrics,
				audit.getIfAvailable(AuditTrail::off));
	}

	@Bean
	@ConditionalOnMissingBean
	PasskeySignIn passwordlessPasskeySignIn(CognitoPasskeys passkeys, CognitoTokenVerifier verifier,
			SignInRateLimits limits, SignInSession session, SignInPolicy policy, SignInMetrics metrics,
			ObjectProvider<AuditTrail> audit, PasskeysProperties properties) {
		return new PasskeySignIn(passkeys, verifier, limits, session, policy, metrics,
				audit.getIfAvailable(AuditTrail::off), properties);
	}

	/** The passkey offer after a sign-in by code, when passkeys are on. */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "passwordless.passkeys.enabled", matchIfMissing = true)
	PasskeyOffers passwordlessPasskeyOffers(PasskeysProperties properties, Environment environment, Clock clock) {
		return new PasskeyOffers(properties.offerAgainAfter(), !LocalMode.isOn(environment), clock);
	}

}
