package dev.passwordless.vaadin.cognito;

import java.net.URI;

import jakarta.validation.constraints.AssertTrue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * The user pool to use on AWS: the CDK stack's outputs {@code CognitoRegion},
 * {@code CognitoUserPoolId} and {@code CognitoClientId} (environment variables
 * {@code COGNITO_REGION}, {@code COGNITO_USER_POOL_ID}, {@code COGNITO_CLIENT_ID}). Leave
 * them empty for the offline default.
 *
 * @param region the pool's region (default none)
 * @param userPoolId the pool id (default none: offline, with an embedded local Cognito)
 * @param clientId the app client id (default none)
 * @param endpoint an endpoint override, for a Cognito stand-in elsewhere (default none:
 * AWS's own endpoint)
 */
@Validated
@ConfigurationProperties("cognito")
public record CognitoProperties(String region, String userPoolId, String clientId, URI endpoint) {

	/**
	 * Whether a real (or external) pool is configured; otherwise the app runs offline.
	 */
	public boolean isConfigured() {
		return StringUtils.hasText(this.userPoolId);
	}

	/** With a pool id, the region and the client id are needed too. */
	@AssertTrue(message = "cognito.region and cognito.client-id must be set when cognito.user-pool-id is")
	boolean isComplete() {
		return !isConfigured() || (StringUtils.hasText(this.region) && StringUtils.hasText(this.clientId));
	}

}
