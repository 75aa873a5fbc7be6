package dev.passwordless.local.auth;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.store.GroupStore;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * The end of every successful sign-in, whatever the flow (custom challenges, a new
 * password, a passkey): Post authentication, then the tokens with a new refresh token.
 */
public final class SignInTokens {

	private final TriggerHost triggers;

	private final TriggerEvents events;

	private final Tokens tokens;

	private final UserStore users;

	private final GroupStore groups;

	public SignInTokens(TriggerHost triggers, TriggerEvents events, Tokens tokens, UserStore users, GroupStore groups) {
		this.triggers = triggers;
		this.events = events;
		this.tokens = tokens;
		this.users = users;
		this.groups = groups;
	}

	/**
	 * Runs Post authentication (with the request's ClientMetadata) and issues the tokens.
	 * @return the response with {@code AuthenticationResult}
	 */
	public ObjectNode issue(User user, String clientId, Map<String, String> clientMetadata) {
		if (this.triggers.has(Trigger.POST_AUTHENTICATION)) {
			ObjectNode post = this.events.authentication("PostAuthentication_Authentication", user.username(), user,
					clientMetadata);
			((ObjectNode) post.get("request")).put("newDeviceUsed", false);
			this.triggers.invoke(Trigger.POST_AUTHENTICATION, post);
		}
		// inferred ordering: Post authentication first, so the tokens carry what it
		// changed
		User current = this.users.find(user.username()).orElseThrow(CognitoException::userNotFound);
		List<String> groupNames = this.groups.groupNames(current.username());
		return this.tokens.signIn(current, groupNames, clientId).response();
	}

}
