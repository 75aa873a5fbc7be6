package dev.passwordless.vaadin.cognito;

import java.net.URI;
import java.util.Objects;

/**
 * The pool the app talks to, resolved at start-up: the configured one, or the embedded
 * local one under the {@code local} profile.
 *
 * @param endpoint endpoint override, null for AWS
 * @param region the region
 * @param userPoolId the pool id
 * @param clientId the app client id
 * @param clientSecret the app client's secret (it shows as {@code [hidden]})
 * @param issuer the tokens' issuer
 * @param jwksUri where the signing keys are
 * @param embedded whether this is the embedded local Cognito ({@code local} profile, no
 * pool configured)
 */
public record CognitoPool(URI endpoint, String region, String userPoolId, String clientId, ClientSecret clientSecret,
		String issuer, URI jwksUri, boolean embedded) {

	public CognitoPool {
		Objects.requireNonNull(clientSecret, "the sign-in needs a confidential app client: a client secret");
	}

	/**
	 * The pool the properties name; unless set, its issuer and keys follow from the
	 * endpoint ({@code <endpoint>/<poolId>}) or, on AWS, from the region.
	 * @throws CognitoSettingsException when settings are missing or malformed
	 */
	static CognitoPool configured(CognitoProperties properties) {
		CognitoSettingsException.check(properties);
		String derivedIssuer = (properties.endpoint() != null)
				? properties.endpoint().toString().replaceAll("/+$", "") + "/" + properties.userPoolId()
				: "https://cognito-idp." + properties.region() + ".amazonaws.com/" + properties.userPoolId();
		String issuer = (properties.issuer() != null) ? properties.issuer() : derivedIssuer;
		URI jwksUri = (properties.jwksUri() != null) ? properties.jwksUri()
				: URI.create(derivedIssuer + "/.well-known/jwks.json");
		return new CognitoPool(properties.endpoint(), properties.region(), properties.userPoolId(),
				properties.clientId(), ClientSecret.of(properties.clientSecret()), issuer, jwksUri, false);
	}

}
