package dev.passwordless.vaadin.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;

/**
 * The signed-in user, as the verified ID token describes them. This is what a portal's
 * own routes read from the Spring Security context
 * ({@code AuthenticationContext.getAuthenticatedUser(CognitoUser.class)}).
 *
 * @param sub Cognito's immutable user id
 * @param name the full name
 * @param phoneNumber the E.164 phone number
 * @param groups the user's Cognito groups ({@code cognito:groups}); each is also an
 * authority {@code ROLE_<GROUP>}
 */
public record CognitoUser(String sub, String name, String phoneNumber,
		List<String> groups) implements Principal, Serializable {

	public CognitoUser {
		groups = List.copyOf(groups);
	}

	@Override
	public String getName() {
		return this.sub;
	}

}
