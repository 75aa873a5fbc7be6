package dev.passwordless.local.http;

/**
 * An error answered the way Cognito answers it: HTTP 400 (a fault of the service: 500)
 * with {@code {"__type": type, "message": message}}. Whatever throws it, the router
 * answers it; nothing else reaches the client.
 */
public class CognitoException extends RuntimeException {

	private final String type;

	private final int status;

	public CognitoException(String type, String message) {
		this(type, message, 400);
	}

	/**
	 * @param status 400 for the client's errors, 500 for the service's own
	 * ({@code InternalErrorException})
	 */
	public CognitoException(String type, String message, int status) {
		super(message, null, false, false);
		this.type = type;
		this.status = status;
	}

	public String type() {
		return this.type;
	}

	/** The HTTP status it is answered with. */
	public int status() {
		return this.status;
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
