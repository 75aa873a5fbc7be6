package dev.passwordless.local.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One Cognito API operation, registered by its {@code X-Amz-Target} name. */
@FunctionalInterface
public interface Operation {

	/**
	 * @return the response body
	 * @throws CognitoException answered as a 400 with the exception's type
	 */
	ObjectNode handle(JsonRequest request);

}
