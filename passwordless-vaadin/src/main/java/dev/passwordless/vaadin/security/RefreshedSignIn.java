package dev.passwordless.vaadin.security;

import java.time.Instant;

import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.cognito.SignInProblem;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A sign-in restored from a stored refresh token: Cognito's {@code REFRESH_TOKEN_AUTH},
 * its tokens verified as at sign-in. The seam between "stay signed in" and Cognito.
 */
interface RefreshedSignIn {

	/**
	 * @param username the Cognito user name the token was issued to
	 * @param refreshToken the stored refresh token
	 * @return the user and their new tokens
	 * @throws PoolUnavailable when Cognito cannot be asked now (unreachable, throttling)
	 * @throws Refused when Cognito refuses the token or the new tokens are not valid
	 */
	Restored restore(String username, String refreshToken);

	/** Revokes a refresh token (a stolen cookie's), so it restores nothing anywhere. */
	void revoke(String refreshToken);

	/** Through the app's Cognito client and token verifier. */
	static RefreshedSignIn through(CognitoAuthClient cognito, CognitoTokenVerifier verifier) {
		return new RefreshedSignIn() {
			@Override
			public Restored restore(String username, String refreshToken) {
				try {
					CognitoTokens tokens = cognito
						.refresh(new CognitoTokens(username, null, null, refreshToken, Instant.EPOCH));
					return new Restored(verifier.verify(tokens), tokens);
				}
				catch (SignInProblem ex) {
					if (ex.kind() == SignInProblem.Kind.UNAVAILABLE || ex.kind() == SignInProblem.Kind.RATE_LIMITED) {
						throw new PoolUnavailable();
					}
					throw new Refused("Cognito refused the refresh");
				}
				catch (JwtException ex) {
					throw new Refused("The refreshed tokens are not valid");
				}
			}

			@Override
			public void revoke(String refreshToken) {
				cognito.revoke(refreshToken);
			}
		};
	}

	/** Cognito refused the refresh token: the record is of no more use. */
	final class Refused extends RuntimeException {

		Refused(String message) {
			super(message, null, false, false);
		}

	}

}
