package dev.passwordless.webapp.cognito;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The user pool to use in AWS mode: the CDK stack's outputs {@code CognitoRegion},
 * {@code CognitoUserPoolId} and {@code CognitoClientId} (environment variables
 * {@code COGNITO_REGION}, {@code COGNITO_USER_POOL_ID}, {@code COGNITO_CLIENT_ID}). Leave
 * them empty for the offline default.
 *
 * @param region the pool's region
 * @param userPoolId the pool id; empty means offline (embedded local Cognito)
 * @param clientId the app client id
 * @param endpoint an endpoint override (for a Cognito stand-in elsewhere); null for AWS
 */
@ConfigurationProperties("cognito")
public record CognitoProperties(String region, String userPoolId, String clientId, URI endpoint) {

	/**
	 * Whether a real (or external) pool is configured; otherwise the app runs offline.
	 */
	public boolean isConfigured() {
		return StringUtils.hasText(this.userPoolId);
	}

}
