package dev.passwordless.vaadin.cognito;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/**
 * Signing out at Cognito, for {@link CognitoAuthClient}'s sign-outs: RevokeToken for one
 * refresh token (and the access tokens issued from it), GlobalSignOut for every one of
 * the user's. Failures are logged (under {@link CognitoAuthClient}'s name, as ever),
 * never shown: the local session ends anyway.
 */
class CognitoSignOut {

	private static final Logger log = LoggerFactory.getLogger(CognitoAuthClient.class);

	private final CognitoIdentityProviderClient cognito;

	private final String clientId;

	private final ClientSecret secret;

	CognitoSignOut(CognitoIdentityProviderClient cognito, CognitoPool pool) {
		this.cognito = cognito;
		this.clientId = pool.clientId();
		this.secret = pool.clientSecret();
	}

	/** GlobalSignOut with the user's access token: every refresh token of theirs. */
	void everywhere(String accessToken) {
		try {
			this.cognito.globalSignOut((request) -> request.accessToken(accessToken));
		}
		catch (RuntimeException ex) {
			log.info("GlobalSignOut failed: {}", ex.getClass().getSimpleName());
		}
	}

	/** RevokeToken with the client secret: one refresh token. */
	void revoke(String refreshToken) {
		try {
			this.cognito.revokeToken(
					(request) -> request.clientId(this.clientId).clientSecret(this.secret.value()).token(refreshToken));
		}
		catch (NotAuthorizedException ex) {
			CognitoErrors.logIfClientSecretRefused(ex);
			log.info("RevokeToken failed: {}", ex.getClass().getSimpleName());
		}
		catch (RuntimeException ex) {
			log.info("RevokeToken failed: {}", ex.getClass().getSimpleName());
		}
	}

}
