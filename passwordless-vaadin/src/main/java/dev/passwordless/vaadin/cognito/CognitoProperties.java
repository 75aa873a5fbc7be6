package dev.passwordless.vaadin.cognito;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The user pool and its confidential app client: on AWS the CDK stack's outputs
 * {@code CognitoRegion}, {@code CognitoUserPoolId}, {@code CognitoClientId} and the
 * secret that {@code CognitoClientSecretArn} names (environment variables
 * {@code PASSWORDLESS_COGNITO_REGION}, {@code PASSWORDLESS_COGNITO_USER_POOL_ID},
 * {@code PASSWORDLESS_COGNITO_CLIENT_ID}, {@code PASSWORDLESS_COGNITO_CLIENT_SECRET}).
 * Without a pool id the app starts only under the {@code local} profile, with an embedded
 * local Cognito.
 *
 * @param region the pool's region (default none)
 * @param userPoolId the pool id (default none)
 * @param clientId the app client id (default none)
 * @param clientSecret the app client's secret (default none); never logged or shown
 * @param endpoint an endpoint override, for a Cognito stand-in elsewhere such as a
 * standalone local Cognito (default none: AWS's own endpoint)
 * @param issuer the tokens' issuer (default {@code <endpoint>/<userPoolId>}, on AWS
 * {@code https://cognito-idp.<region>.amazonaws.com/<userPoolId>})
 * @param jwksUri where the pool's signing keys are (default
 * {@code <endpoint>/<userPoolId>/.well-known/jwks.json}, on AWS the same under AWS's
 * issuer)
 */
@ConfigurationProperties("passwordless.cognito")
public record CognitoProperties(String region, String userPoolId, String clientId, String clientSecret, URI endpoint,
		String issuer, URI jwksUri) {

	/** Whether a pool is configured (on AWS or elsewhere). */
	public boolean isConfigured() {
		return StringUtils.hasText(this.userPoolId);
	}

	@Override
	public String toString() {
		return "CognitoProperties[region=" + this.region + ", userPoolId=" + this.userPoolId + ", clientId="
				+ this.clientId + ", clientSecret=" + ((this.clientSecret != null) ? "[hidden]" : null) + ", endpoint="
				+ this.endpoint + "]";
	}

}
