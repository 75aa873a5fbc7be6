package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.Tokens;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;

/** DeleteUser: the signed-in user deletes themselves. */
final class DeleteUserOperation implements Operation {

	private final Tokens tokens;

	private final UserDeletion deletion;

	DeleteUserOperation(Tokens tokens, UserDeletion deletion) {
		this.tokens = tokens;
		this.deletion = deletion;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		String subject = this.tokens.verifyAccessToken(request.required("AccessToken", 8192)).getSubject();
		if (!this.deletion.delete(subject)) {
			throw CognitoException.userNotFound();
		}
		return Responses.empty();
	}

}
