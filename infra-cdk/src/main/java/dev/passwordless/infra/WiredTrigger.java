package dev.passwordless.infra;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.passwordless.triggers.CreateAuthChallengeHandler;
import dev.passwordless.triggers.DefineAuthChallengeHandler;
import dev.passwordless.triggers.PostAuthenticationHandler;
import dev.passwordless.triggers.PreAuthenticationHandler;
import dev.passwordless.triggers.PreSignUpHandler;
import dev.passwordless.triggers.VerifyAuthChallengeHandler;
import software.amazon.awscdk.services.cognito.UserPoolOperation;

/**
 * The six triggers, each named once: the handler class in the triggers jar, the Cognito
 * operation it is wired to, and the id of its construct (which the logical ids of its
 * function, role, log group and alias start with).
 */
enum WiredTrigger {

	PRE_SIGN_UP(PreSignUpHandler.class, UserPoolOperation.PRE_SIGN_UP, "PreSignUp"),

	PRE_AUTHENTICATION(PreAuthenticationHandler.class, UserPoolOperation.PRE_AUTHENTICATION, "PreAuthentication"),

	DEFINE_AUTH_CHALLENGE(DefineAuthChallengeHandler.class, UserPoolOperation.DEFINE_AUTH_CHALLENGE,
			"DefineAuthChallenge"),

	CREATE_AUTH_CHALLENGE(CreateAuthChallengeHandler.class, UserPoolOperation.CREATE_AUTH_CHALLENGE,
			"CreateAuthChallenge"),

	VERIFY_AUTH_CHALLENGE(VerifyAuthChallengeHandler.class, UserPoolOperation.VERIFY_AUTH_CHALLENGE_RESPONSE,
			"VerifyAuthChallenge"),

	POST_AUTHENTICATION(PostAuthenticationHandler.class, UserPoolOperation.POST_AUTHENTICATION, "PostAuthentication");

	private final Class<? extends RequestHandler<?, ?>> handler;

	private final UserPoolOperation operation;

	private final String id;

	WiredTrigger(Class<? extends RequestHandler<?, ?>> handler, UserPoolOperation operation, String id) {
		this.handler = handler;
		this.operation = operation;
		this.id = id;
	}

	/**
	 * The Lambda handler string: the class's name (it implements {@code RequestHandler}).
	 */
	String handler() {
		return this.handler.getName();
	}

	/** The Cognito trigger this function answers. */
	UserPoolOperation operation() {
		return this.operation;
	}

	/** The construct id, e.g. {@code CreateAuthChallenge}. */
	String id() {
		return this.id;
	}

}
