package dev.passwordless.local;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** GetUser: the signed-in user's attributes, for a valid, unrevoked access token. */
final class GetUserOperation implements Operation {

	private final Pool pool;

	GetUserOperation(Pool pool) {
		this.pool = pool;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		String subject = this.pool.tokens.verifyAccessToken(request.required("AccessToken", 8192)).getSubject();
		User user = this.pool.user(subject);
		ObjectNode response = this.pool.object();
		response.put("Username", user.username());
		response.set("UserAttributes", this.pool.attributeList(user.attributes()));
		return response;
	}

}
