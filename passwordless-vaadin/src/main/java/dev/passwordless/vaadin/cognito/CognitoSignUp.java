package dev.passwordless.vaadin.cognito;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * Registration at Cognito (SignUp), for {@link CognitoAuthClient#signUp}: the attributes
 * the app writes, a throwaway password, and a refusal of a registered number paced like a
 * new registration ({@link Pace}).
 */
class CognitoSignUp {

	private final CognitoIdentityProviderClient cognito;

	private final String clientId;

	private final ClientSecret secret;

	private final Pace pace;

	CognitoSignUp(CognitoIdentityProviderClient cognito, CognitoPool pool, Pace pace) {
		this.cognito = cognito;
		this.clientId = pool.clientId();
		this.secret = pool.clientSecret();
		this.pace = pace;
	}

	/** Registers a user: see {@link CognitoAuthClient#signUp(String, String, String)}. */
	boolean signUp(String phoneNumber, String name, String language) {
		List<AttributeType> attributes = new ArrayList<>();
		attributes.add(AttributeType.builder().name("name").value(name).build());
		if (language != null && !language.isBlank()) {
			attributes.add(AttributeType.builder().name("locale").value(language).build());
		}
		return CognitoErrors.translated(() -> {
			long started = this.pace.start();
			try {
				this.cognito.signUp((request) -> request.clientId(this.clientId)
					.secretHash(this.secret.hash(phoneNumber, this.clientId))
					.username(phoneNumber)
					.password(ThrowawayPassword.make())
					.userAttributes(attributes));
				this.pace.real(started);
				return true;
			}
			catch (UsernameExistsException ex) {
				// same screens and time as a new registration; the code goes to the
				// number's owner
				this.pace.held(started);
				return false;
			}
			catch (NotAuthorizedException ex) {
				if (CognitoErrors.isSignUpClosed(ex)) {
					throw CognitoErrors.signUpClosed();
				}
				throw ex;
			}
		});
	}

}
