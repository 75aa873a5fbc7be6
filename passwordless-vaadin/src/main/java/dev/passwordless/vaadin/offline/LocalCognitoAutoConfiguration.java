package dev.passwordless.vaadin.offline;

import java.time.Clock;
import java.time.Duration;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.local.LocalCognitoConfig;
import dev.passwordless.local.PoolInfo;
import dev.passwordless.vaadin.cognito.ClientSecret;
import dev.passwordless.vaadin.cognito.CognitoAutoConfiguration;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.login.RateLimitProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The {@code local} profile with no {@code cognito.user-pool-id}: an embedded local
 * Cognito on 127.0.0.1, with a confidential app client like the deployed one, runs the
 * real triggers with the app's clock and the app's per-number limits, and becomes the
 * app's pool. The development SMS inbox exists only here ({@link LocalProfile} keeps the
 * app on 127.0.0.1 too).
 */
@AutoConfiguration(before = CognitoAutoConfiguration.class)
@ConditionalOnClass(LocalCognito.class)
@Conditional(Offline.class)
@EnableConfigurationProperties({ LocalCognitoProperties.class, RateLimitProperties.class })
public class LocalCognitoAutoConfiguration {

	/**
	 * The Create trigger's settings for the per-number limits (the triggers'
	 * {@code TriggerEnvironment}; this module does not compile against the triggers).
	 */
	static final String SEND_COOLDOWN_SECONDS = "SEND_COOLDOWN_SECONDS";

	static final String SENDS_PER_HOUR = "SENDS_PER_HOUR";

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	LocalCognito localCognito(LocalCognitoProperties properties, RateLimitProperties limits, Clock clock) {
		LocalCognitoConfig.Builder config = LocalCognitoConfig.defaults()
			.port(properties.port())
			.dataDirectory(properties.dataPath())
			.echoSms(properties.echoSms())
			// the app and the pool's triggers refuse alike, for registered and unknown
			// numbers
			.triggerEnvironment(SEND_COOLDOWN_SECONDS, String.valueOf(roundedUpSeconds(limits.phoneCooldown())))
			.triggerEnvironment(SENDS_PER_HOUR, String.valueOf(limits.phoneSendsPerHour()));
		properties.triggerEnvironment().forEach(config::triggerEnvironment);
		return LocalCognito.start(config.build(), clock);
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoPool cognitoPool(LocalCognito cognito) {
		PoolInfo pool = cognito.pool();
		if (pool.clientSecret() == null) {
			throw new IllegalStateException("The embedded local Cognito's app client has no secret; the sign-in "
					+ "needs a confidential client, as on AWS (LocalCognitoConfig.Builder.clientSecret(true))");
		}
		return new CognitoPool(pool.endpoint(), pool.region(), pool.userPoolId(), pool.clientId(),
				ClientSecret.of(pool.clientSecret()), pool.issuer(), pool.jwksUri(), true);
	}

	@Bean
	ReadyLine passwordlessReadyLine(LocalCognito cognito) {
		return new ReadyLine(cognito.pool().endpoint());
	}

	private static long roundedUpSeconds(Duration duration) {
		return duration.toSeconds() + ((duration.toNanosPart() > 0) ? 1 : 0);
	}

}
