package dev.passwordless.local.operation;

import dev.passwordless.local.http.CognitoException;

/** The pool's id, as the admin operations check the {@code UserPoolId} they are given. */
final class UserPoolId {

	private final String id;

	UserPoolId(String id) {
		this.id = id;
	}

	String value() {
		return this.id;
	}

	/**
	 * @throws CognitoException {@code ResourceNotFoundException} when it is not this pool
	 */
	void check(String userPoolId) {
		if (!this.id.equals(userPoolId)) {
			throw CognitoException.resourceNotFound("User pool " + userPoolId + " does not exist.");
		}
	}

}
