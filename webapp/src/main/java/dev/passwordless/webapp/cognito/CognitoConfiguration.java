package dev.passwordless.webapp.cognito;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.local.LocalCognitoConfig;
import dev.passwordless.local.PoolInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Wires the Cognito client: to the configured pool in AWS mode, or to an embedded local
 * Cognito when no pool is configured (the offline default).
 */
@Configuration(proxyBeanMethods = false)
class CognitoConfiguration {

	@Bean(destroyMethod = "close")
	@Conditional(Offline.class)
	LocalCognito localCognito(LocalCognitoProperties properties) {
		LocalCognitoConfig.Builder config = LocalCognitoConfig.defaults()
			.port(properties.port())
			.dataDirectory(properties.dataPath());
		properties.triggerEnvironment().forEach(config::triggerEnvironment);
		return LocalCognito.start(config.build());
	}

	@Bean
	CognitoPool cognitoPool(CognitoProperties properties, ObjectProvider<LocalCognito> local) {
		if (properties.isConfigured()) {
			return CognitoPool.aws(properties);
		}
		PoolInfo pool = local.getObject().pool();
		return new CognitoPool(pool.endpoint(), pool.region(), pool.userPoolId(), pool.clientId(), pool.issuer(),
				pool.jwksUri(), true);
	}

	/**
	 * All calls the app makes are unauthenticated Cognito operations: no AWS credentials
	 * are needed.
	 */
	@Bean(destroyMethod = "close")
	CognitoIdentityProviderClient cognitoClient(CognitoPool pool) {
		var builder = CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(pool.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create());
		if (pool.endpoint() != null) {
			builder.endpointOverride(pool.endpoint());
		}
		return builder.build();
	}

	/** True when no user pool is configured. */
	static final class Offline implements org.springframework.context.annotation.Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("cognito.user-pool-id"));
		}

	}

}
