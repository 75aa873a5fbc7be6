package dev.passwordless.local.auth;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pool's Lambda triggers, each named once: by Cognito's name for it (its
 * {@code LambdaConfig} key, also the name in Cognito's trigger error messages) and by
 * this project's handler class, which is the default.
 */
public enum Trigger {

	PRE_SIGN_UP("PreSignUp", "PreSignUpHandler"),

	PRE_AUTHENTICATION("PreAuthentication", "PreAuthenticationHandler"),

	DEFINE_AUTH_CHALLENGE("DefineAuthChallenge", "DefineAuthChallengeHandler"),

	CREATE_AUTH_CHALLENGE("CreateAuthChallenge", "CreateAuthChallengeHandler"),

	VERIFY_AUTH_CHALLENGE_RESPONSE("VerifyAuthChallengeResponse", "VerifyAuthChallengeHandler"),

	POST_AUTHENTICATION("PostAuthentication", "PostAuthenticationHandler");

	/**
	 * Where this project's handlers live; they are loaded by class name, as Lambda loads
	 * a handler string, so nothing here compiles against them.
	 */
	private static final String HANDLER_PACKAGE = "dev.passwordless.triggers.";

	private final String cognitoName;

	private final String defaultHandler;

	Trigger(String cognitoName, String handlerClass) {
		this.cognitoName = cognitoName;
		this.defaultHandler = HANDLER_PACKAGE + handlerClass;
	}

	/** Cognito's name, e.g. {@code PreSignUp}. */
	public String cognitoName() {
		return this.cognitoName;
	}

	/** The trigger of a Cognito name, if there is one. */
	public static Optional<Trigger> named(String cognitoName) {
		return Arrays.stream(values()).filter((trigger) -> trigger.cognitoName.equals(cognitoName)).findFirst();
	}

	/** Every trigger's Cognito name to this project's handler class. */
	public static Map<String, String> defaultHandlers() {
		Map<String, String> handlers = new LinkedHashMap<>();
		for (Trigger trigger : values()) {
			handlers.put(trigger.cognitoName, trigger.defaultHandler);
		}
		return handlers;
	}

}
