package dev.passwordless.vaadin.cognito;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The Cognito side of the sign-in: the app's clock, the pool
 * ({@code passwordless.cognito.*}, unless the {@code local} profile supplied the embedded
 * one), the SDK client and the app's Cognito calls. Each bean gives way to one the
 * application defines. Without a complete pool and client start-up stops, saying which
 * settings are missing ({@link CognitoSettingsFailureAnalyzer}).
 */
@AutoConfiguration
@EnableConfigurationProperties(CognitoProperties.class)
public class CognitoAutoConfiguration {

	/** The time every part of the sign-in reads; tests give a movable one. */
	@Bean
	@ConditionalOnMissingBean
	Clock passwordlessClock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoPool cognitoPool(CognitoProperties properties) {
		return CognitoPool.configured(properties);
	}

	/**
	 * How long one Cognito call may take in all, the SDK's retries included, so that a
	 * page answers within 10 seconds whatever Cognito does: a sign-in's start may wait
	 * for one time-out of a slow Create trigger (5 s) and its retry.
	 */
	static final Duration CALL_TIMEOUT = Duration.ofSeconds(8);

	/**
	 * All calls the app makes are unauthenticated Cognito operations: no AWS credentials
	 * are needed. A throttled, failing (5xx) or unreachable Cognito is tried again by the
	 * SDK's standard retries (3 attempts in all, exponential backoff with jitter), within
	 * {@link #CALL_TIMEOUT}.
	 */
	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	CognitoIdentityProviderClient cognitoClient(CognitoPool pool) {
		var builder = CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(pool.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.overrideConfiguration((call) -> call.retryStrategy(RetryMode.STANDARD).apiCallTimeout(CALL_TIMEOUT));
		if (pool.endpoint() != null) {
			builder.endpointOverride(pool.endpoint());
		}
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoAuthClient cognitoAuthClient(CognitoIdentityProviderClient cognito, CognitoPool pool, Clock clock) {
		return new CognitoAuthClient(cognito, pool, clock);
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoPasskeys cognitoPasskeys(CognitoIdentityProviderClient cognito, CognitoPool pool, Clock clock) {
		return new CognitoPasskeys(cognito, pool, clock);
	}

}
