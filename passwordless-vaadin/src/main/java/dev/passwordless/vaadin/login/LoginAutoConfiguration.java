package dev.passwordless.vaadin.login;

import java.time.Clock;

import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoAutoConfiguration;
import dev.passwordless.vaadin.security.CognitoTokenVerifier;
import dev.passwordless.vaadin.security.PasswordlessSecurityAutoConfiguration;
import dev.passwordless.vaadin.security.SignInCompletion;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The sign-in service the views call, and the app's own rate limits. The limits and the
 * store of the per-number histories give way to beans the application defines.
 */
@AutoConfiguration(after = { CognitoAutoConfiguration.class, PasswordlessSecurityAutoConfiguration.class })
@EnableConfigurationProperties({ PasswordlessProperties.class, RateLimitProperties.class })
public class LoginAutoConfiguration {

	/** Where the per-number send histories live: this instance's memory by default. */
	@Bean
	@ConditionalOnMissingBean
	SendLimitStore passwordlessSendLimitStore(Clock clock) {
		return new InMemorySendLimitStore(clock);
	}

	@Bean
	@ConditionalOnMissingBean
	SignInRateLimits signInRateLimits(RateLimitProperties limits, SendLimitStore store, Clock clock) {
		return new InMemorySignInRateLimits(limits, store, clock);
	}

	@Bean
	@ConditionalOnMissingBean
	PasswordlessLoginService passwordlessLoginService(CognitoAuthClient cognito, CognitoTokenVerifier verifier,
			SignInRateLimits limits, SignInCompletion completion, PasswordlessProperties properties,
			RateLimitProperties limitProperties, Clock clock) {
		return new PasswordlessLoginService(cognito, verifier, limits, completion, properties, limitProperties, clock);
	}

}
