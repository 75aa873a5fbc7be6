package dev.passwordless.vaadin.cognito;

import java.net.URI;

/**
 * The pool the app talks to, resolved at start-up: the configured AWS pool, or the
 * embedded local one.
 *
 * @param endpoint endpoint override, null for AWS
 * @param region the region
 * @param userPoolId the pool id
 * @param clientId the app client id
 * @param issuer the tokens' issuer
 * @param jwksUri where the signing keys are
 * @param local whether this is the embedded local Cognito
 */
public record CognitoPool(URI endpoint, String region, String userPoolId, String clientId, String issuer, URI jwksUri,
		boolean local) {

	/** The pool the properties name; its issuer and keys follow from the endpoint. */
	static CognitoPool configured(CognitoProperties properties) {
		String issuer = (properties.endpoint() != null) ? properties.endpoint() + "/" + properties.userPoolId()
				: "https://cognito-idp." + properties.region() + ".amazonaws.com/" + properties.userPoolId();
		return new CognitoPool(properties.endpoint(), properties.region(), properties.userPoolId(),
				properties.clientId(), issuer, URI.create(issuer + "/.well-known/jwks.json"), false);
	}

}
