package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.Tokens;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/** GetUser: the signed-in user's attributes, for a valid, unrevoked access token. */
final class GetUserOperation implements Operation {

	private final Tokens tokens;

	private final UserStore users;

	GetUserOperation(Tokens tokens, UserStore users) {
		this.tokens = tokens;
		this.users = users;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		String subject = this.tokens.verifyAccessToken(request.required("AccessToken", 8192)).getSubject();
		User user = this.users.find(subject).orElseThrow(CognitoException::userNotFound);
		ObjectNode response = Responses.empty();
		response.put("Username", user.username());
		response.set("UserAttributes", Responses.attributeList(user.attributes()));
		return response;
	}

}
