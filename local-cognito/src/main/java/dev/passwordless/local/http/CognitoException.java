package dev.passwordless.local.http;

/**
 * An error answered the way Cognito answers it: HTTP 400 with {@code {"__type": type,
 * "message": message}}. Whatever throws it, the router answers it; nothing else reaches
 * the client.
 */
public class CognitoException extends RuntimeException {

	private final String type;

	public CognitoException(String type, String message) {
		super(message, null, false, false);
		this.type = type;
	}

	public String type() {
		return this.type;
	}

	public static CognitoException invalidParameter(String message) {
		return new CognitoException("InvalidParameterException", message);
	}

	public static CognitoException notAuthorized(String message) {
		return new CognitoException("NotAuthorizedException", message);
	}

	public static CognitoException userNotFound() {
		return new CognitoException("UserNotFoundException", "User does not exist.");
	}

	public static CognitoException resourceNotFound(String message) {
		return new CognitoException("ResourceNotFoundException", message);
	}

}
