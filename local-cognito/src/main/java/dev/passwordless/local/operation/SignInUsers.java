package dev.passwordless.local.operation;

import java.util.Map;

import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * The user an InitiateAuth names, as every sign-in flow starts: {@code USERNAME} (user
 * name or phone alias), the secret hash over it as given, then the user, who must be
 * enabled and confirmed. An unknown user is no error here
 * (PreventUserExistenceErrors=ENABLED): each flow answers it as it answers a known one.
 */
final class SignInUsers {

	private final AppClient client;

	private final UserStore users;

	SignInUsers(AppClient client, UserStore users) {
		this.client = client;
		this.users = users;
	}

	/**
	 * @return the user, or null when there is no such user
	 */
	User find(Map<String, String> parameters) {
		String username = parameters.get("USERNAME");
		if (username == null || username.isEmpty()) {
			throw CognitoException.invalidParameter("Missing required parameter USERNAME");
		}
		if (username.length() > 128) {
			throw CognitoException.invalidParameter("Invalid USERNAME");
		}
		this.client.checkSecretHash(username, parameters.get("SECRET_HASH"));
		User user = this.users.find(username).orElse(null);
		if (user == null) {
			return null;
		}
		if (!user.enabled()) {
			throw CognitoException.notAuthorized("User is disabled.");
		}
		if ("UNCONFIRMED".equals(user.status())) {
			// inferred (docs/cognito-custom-auth.md 8): rejected before the triggers, as
			// in the other flows
			throw new CognitoException("UserNotConfirmedException", "User is not confirmed.");
		}
		return user;
	}

}
