package dev.passwordless.local.auth;

import dev.passwordless.local.http.CognitoException;

/** The pool's one app client, as the client-facing operations check it. */
public final class AppClient {

	private final String clientId;

	public AppClient(String clientId) {
		this.clientId = clientId;
	}

	/**
	 * @throws CognitoException {@code ResourceNotFoundException} when the id is not this
	 * client's
	 */
	public void check(String clientId) {
		if (!this.clientId.equals(clientId)) {
			throw CognitoException.resourceNotFound("User pool client " + clientId + " does not exist.");
		}
	}

}
