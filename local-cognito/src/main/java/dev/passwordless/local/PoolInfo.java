package dev.passwordless.local;

import java.net.URI;

/**
 * What a client needs to talk to a running local pool (also served as JSON at
 * {@code GET /_local/pool}).
 *
 * @param endpoint the endpoint for both the Cognito and the SNS client, e.g.
 * {@code http://127.0.0.1:9229}
 * @param region the region the clients should be configured with
 * @param userPoolId the user pool id
 * @param clientId the app client id
 * @param issuer the {@code iss} claim of the pool's tokens
 * @param clientSecret the app client's secret; null for a public client
 */
public record PoolInfo(URI endpoint, String region, String userPoolId, String clientId, String issuer,
		String clientSecret) {

	/** Where the pool's signing keys are published. */
	public URI jwksUri() {
		return URI.create(this.endpoint + "/" + this.userPoolId + "/.well-known/jwks.json");
	}

}
