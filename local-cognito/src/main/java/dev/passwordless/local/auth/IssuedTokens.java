package dev.passwordless.local.auth;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a sign-in or a refresh issues.
 *
 * @param idToken the ID token
 * @param accessToken the access token
 * @param refreshToken the refresh token; null on a refresh
 * @param expiresIn the access token's lifetime in seconds
 */
public record IssuedTokens(String idToken, String accessToken, String refreshToken, long expiresIn) {

	/**
	 * The response of a step that issues tokens: {@code AuthenticationResult} (the
	 * refresh token only when there is a new one) and empty {@code ChallengeParameters}.
	 */
	public ObjectNode response() {
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		response.putObject("ChallengeParameters");
		ObjectNode result = response.putObject("AuthenticationResult");
		result.put("AccessToken", this.accessToken);
		result.put("ExpiresIn", this.expiresIn);
		result.put("TokenType", "Bearer");
		if (this.refreshToken != null) {
			result.put("RefreshToken", this.refreshToken);
		}
		result.put("IdToken", this.idToken);
		return response;
	}

}
