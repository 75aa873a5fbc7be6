package dev.passwordless.vaadin.security;

import java.time.Clock;
import java.util.List;

import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verifies Cognito's ID and access tokens with Spring Security's JWT support against the
 * pool's JWKS: RS256 signature, issuer, expiry, {@code token_use}, and the app client
 * ({@code aud} in the ID token, {@code client_id} in the access token).
 */
public class CognitoTokenVerifier {

	private final JwtDecoder idTokens;

	private final JwtDecoder accessTokens;

	/**
	 * A verifier for the pool's tokens, with keys from its JWKS and expiry by the clock.
	 */
	public static CognitoTokenVerifier forPool(CognitoPool pool, Clock clock) {
		return new CognitoTokenVerifier(decoder(pool), decoder(pool), pool.issuer(), pool.clientId(), clock);
	}

	private static NimbusJwtDecoder decoder(CognitoPool pool) {
		return NimbusJwtDecoder.withJwkSetUri(pool.jwksUri().toString()).jwsAlgorithm(SignatureAlgorithm.RS256).build();
	}

	CognitoTokenVerifier(NimbusJwtDecoder idTokens, NimbusJwtDecoder accessTokens, String issuer, String clientId,
			Clock clock) {
		idTokens.setJwtValidator(new DelegatingOAuth2TokenValidator<>(defaults(issuer, clock), claim("token_use", "id"),
				(jwt) -> check(jwt.getAudience() != null && jwt.getAudience().contains(clientId),
						"the ID token is for another app client")));
		accessTokens.setJwtValidator(new DelegatingOAuth2TokenValidator<>(defaults(issuer, clock),
				claim("token_use", "access"), claim("client_id", clientId)));
		this.idTokens = idTokens;
		this.accessTokens = accessTokens;
	}

	/**
	 * @return the user the tokens describe
	 * @throws JwtException when either token is not valid for this pool and client, or
	 * they disagree
	 */
	public CognitoUser verify(CognitoTokens tokens) {
		Jwt id = this.idTokens.decode(tokens.idToken());
		Jwt access = this.accessTokens.decode(tokens.accessToken());
		if (!id.getSubject().equals(access.getSubject())) {
			throw new JwtException("The ID and access tokens belong to different users");
		}
		List<String> groups = id.hasClaim("cognito:groups") ? id.getClaimAsStringList("cognito:groups") : List.of();
		return new CognitoUser(id.getSubject(), id.getClaimAsString("name"), id.getClaimAsString("phone_number"),
				groups);
	}

	/**
	 * Spring Security's defaults for the issuer, with expiry read from the app's clock.
	 */
	private static OAuth2TokenValidator<Jwt> defaults(String issuer, Clock clock) {
		JwtTimestampValidator timestamps = new JwtTimestampValidator();
		timestamps.setClock(clock);
		return JwtValidators.createDefaultWithValidators(List.of(timestamps, new JwtIssuerValidator(issuer)));
	}

	private static OAuth2TokenValidator<Jwt> claim(String name, String expected) {
		return (jwt) -> check(expected.equals(jwt.getClaimAsString(name)), name + " is not " + expected);
	}

	private static OAuth2TokenValidatorResult check(boolean valid, String problem) {
		return valid ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", problem, null));
	}

}
