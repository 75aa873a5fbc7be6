package dev.passwordless.vaadin.cognito;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;

import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

/**
 * A signed-in user's tokens, kept in the HTTP session only.
 *
 * @param username Cognito's internal user name (the {@code USERNAME} its challenge
 * named), over which a refresh's {@code SECRET_HASH} is computed
 * @param idToken the ID token
 * @param accessToken the access token
 * @param refreshToken the refresh token
 * @param accessExpiresAt when the access token expires
 */
public record CognitoTokens(String username, String idToken, String accessToken, String refreshToken,
		Instant accessExpiresAt) implements Serializable {

	/**
	 * The tokens of a Cognito answer.
	 * @param refreshToken the refresh token to keep when the answer has none (a refresh)
	 */
	static CognitoTokens of(String username, AuthenticationResultType result, String refreshToken, Clock clock) {
		return new CognitoTokens(username, result.idToken(), result.accessToken(),
				(result.refreshToken() != null) ? result.refreshToken() : refreshToken,
				clock.instant().plusSeconds(result.expiresIn()));
	}

	@Override
	public String toString() {
		return "CognitoTokens[expires " + this.accessExpiresAt + "]";
	}

}
