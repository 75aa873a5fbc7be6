package dev.passwordless.local.operation;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.passwordless.local.auth.Tokens;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * The user whose access token a request carries ({@code AccessToken}), and the app client
 * it was issued to.
 *
 * @param user the user
 * @param clientId the token's {@code client_id}
 */
record SignedInUser(User user, String clientId) {

	/**
	 * @throws CognitoException {@code NotAuthorizedException} for a token that is not
	 * valid, {@code UserNotFoundException} when its user is gone
	 */
	static SignedInUser of(JsonRequest request, Tokens tokens, UserStore users) {
		JWTClaimsSet claims = tokens.verifyAccessToken(request.required("AccessToken", 8192));
		User user = users.find(claims.getSubject()).orElseThrow(CognitoException::userNotFound);
		return new SignedInUser(user, String.valueOf(claims.getClaim("client_id")));
	}

}
