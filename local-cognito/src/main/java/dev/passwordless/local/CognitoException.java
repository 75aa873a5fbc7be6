package dev.passwordless.local;

/**
 * An error answered the way Cognito answers it: HTTP 400 with {@code {"__type": type,
 * "message": message}}.
 */
class CognitoException extends RuntimeException {

	private final String type;

	CognitoException(String type, String message) {
		super(message, null, false, false);
		this.type = type;
	}

	String type() {
		return this.type;
	}

	static CognitoException invalidParameter(String message) {
		return new CognitoException("InvalidParameterException", message);
	}

	static CognitoException notAuthorized(String message) {
		return new CognitoException("NotAuthorizedException", message);
	}

	static CognitoException userNotFound() {
		return new CognitoException("UserNotFoundException", "User does not exist.");
	}

	static CognitoException resourceNotFound(String message) {
		return new CognitoException("ResourceNotFoundException", message);
	}

}
