package dev.passwordless.vaadin.admin;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * How {@link CognitoAdministration}'s calls fail: a taken number, a person gone, the
 * triggers' refusal, missing AWS rights or credentials, Cognito unreachable, each an
 * {@link AdminProblem}. Cognito's own message is logged (under the administration's
 * name), never shown, and a number is never logged. A group that exists already is left
 * to the caller.
 */
final class AdminErrors {

	private static final Logger log = LoggerFactory.getLogger(CognitoAdministration.class);

	private AdminErrors() {
	}

	/** Runs a call, turning its failures into {@link AdminProblem}s. */
	static <T> T translated(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (UsernameExistsException | AliasExistsException ex) {
			throw new AdminProblem(AdminProblem.Kind.NUMBER_TAKEN, "passwordless.admin.number-taken");
		}
		catch (UserNotFoundException ex) {
			throw new AdminProblem(AdminProblem.Kind.GONE, "passwordless.admin.gone");
		}
		catch (UserLambdaValidationException ex) {
			// the Pre sign-up trigger checks invitations as it checks registrations
			log.warn("The pool's triggers refused an invitation: {}", ex.awsErrorDetails().errorMessage());
			throw new AdminProblem(AdminProblem.Kind.REFUSED, "passwordless.admin.number-refused");
		}
		catch (GroupExistsException ex) {
			throw ex;
		}
		catch (AwsServiceException ex) {
			if (ex.statusCode() == 403 || notAllowed(ex.awsErrorDetails().errorCode())) {
				log.error("Cognito refused an administrative call ({}): the application's AWS credentials need the "
						+ "stack's CognitoAdminPolicyArn policy", ex.awsErrorDetails().errorCode());
				throw new AdminProblem(AdminProblem.Kind.NOT_ALLOWED, "passwordless.admin.not-allowed");
			}
			// the code only: a message may name the person
			log.warn("An administrative Cognito call failed: {}", ex.awsErrorDetails().errorCode());
			throw new AdminProblem(AdminProblem.Kind.UNAVAILABLE, "passwordless.admin.unavailable");
		}
		catch (SdkClientException ex) {
			if (String.valueOf(ex.getMessage()).contains("credentials")) {
				log.error("The administration has no AWS credentials: give the application a role (or profile) "
						+ "with the stack's CognitoAdminPolicyArn policy");
				throw new AdminProblem(AdminProblem.Kind.NOT_ALLOWED, "passwordless.admin.no-credentials");
			}
			log.warn("An administrative Cognito call failed: {}", ex.getClass().getSimpleName());
			throw new AdminProblem(AdminProblem.Kind.UNAVAILABLE, "passwordless.admin.unavailable");
		}
	}

	private static boolean notAllowed(String errorCode) {
		return errorCode != null && (errorCode.equals("AccessDeniedException")
				|| errorCode.equals("UnrecognizedClientException") || errorCode.equals("MissingAuthenticationToken")
				|| errorCode.equals("MissingAuthenticationTokenException")
				|| errorCode.equals("InvalidSignatureException"));
	}

}
