package dev.passwordless.vaadin.cognito;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import dev.passwordless.vaadin.i18n.RefusalWords;
import dev.passwordless.rules.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

/**
 * Every AWS error of a Cognito call turned into a {@link SignInProblem} a person
 * understands. AWS's own message never reaches a person; only the typed refusal a trigger
 * put in it is read.
 */
final class CognitoErrors {

	private static final Logger log = LoggerFactory.getLogger(CognitoErrors.class);

	private static final String UNAVAILABLE = "passwordless.sign-in.unavailable";

	private CognitoErrors() {
	}

	/** Runs a Cognito call, translating its errors. */
	static <T> T translated(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (UserLambdaValidationException ex) {
			Optional<Refusal> refusal = Refusal.in(ex.awsErrorDetails().errorMessage());
			if (refusal.isPresent()) {
				throw RefusalWords.problem(refusal.get());
			}
			throw unavailable(ex);
		}
		catch (TooManyRequestsException ex) {
			// Cognito's request rate for the pool, not this person's: nothing they did
			log.warn("Cognito throttled the call (TooManyRequestsException) after the SDK's retries");
			throw SignInProblem.waiting(SignInProblem.Kind.RATE_LIMITED, "passwordless.sign-in.busy",
					Duration.ofMinutes(1));
		}
		catch (NotAuthorizedException | InvalidParameterException ex) {
			if (isClientSecretRefused(ex)) {
				logIfClientSecretRefused(ex);
				throw new SignInProblem(SignInProblem.Kind.UNAVAILABLE, UNAVAILABLE);
			}
			if (ex instanceof InvalidParameterException) {
				throw unavailable(ex);
			}
			throw new SignInProblem(SignInProblem.Kind.SESSION_EXPIRED, "passwordless.session.expired");
		}
		catch (SdkClientException | CognitoIdentityProviderException ex) {
			throw unavailable(ex);
		}
	}

	/**
	 * Cognito refused an answer outright: the challenge's session is over (too slow), the
	 * code has expired, or the attempts are used up.
	 * @param ex Cognito's refusal
	 * @param codeExpired whether the code's own lifetime is over
	 */
	static SignInProblem answerRefused(NotAuthorizedException ex, boolean codeExpired) {
		String message = ex.awsErrorDetails().errorMessage();
		if (message != null && message.startsWith("Invalid session")) {
			return new SignInProblem(SignInProblem.Kind.SESSION_EXPIRED, "passwordless.code.too-slow");
		}
		return new SignInProblem(SignInProblem.Kind.CODE_FAILED,
				codeExpired ? "passwordless.code.expired" : "passwordless.code.too-many-wrong");
	}

	/**
	 * Whether Cognito refused the app client's secret: a missing or wrong
	 * {@code SECRET_HASH} or {@code ClientSecret}, or a hash sent to a client without a
	 * secret. Nothing was done; only the operator can fix it.
	 */
	static boolean isClientSecretRefused(AwsServiceException ex) {
		String message = (ex.awsErrorDetails() != null) ? ex.awsErrorDetails().errorMessage() : null;
		return message != null && message.toLowerCase(Locale.ROOT).contains("secret");
	}

	/** Tells the operator, once per refusal, that the configured secret is not right. */
	static void logIfClientSecretRefused(AwsServiceException ex) {
		if (isClientSecretRefused(ex)) {
			log.error("Cognito refused the app client's secret ({}): check passwordless.cognito.client-id and "
					+ "passwordless.cognito.client-secret (PASSWORDLESS_COGNITO_CLIENT_SECRET) against the pool's app client",
					ex.getClass().getSimpleName());
		}
	}

	/**
	 * Whether Cognito refused a sign-in because an administrator disabled the account.
	 */
	static boolean isUserDisabled(NotAuthorizedException ex) {
		String message = (ex.awsErrorDetails() != null) ? ex.awsErrorDetails().errorMessage() : null;
		return message != null && message.startsWith("User is disabled");
	}

	/**
	 * Whether Cognito refused a sign-up because the pool admits only people an
	 * administrator created ({@code AllowAdminCreateUserOnly}).
	 */
	static boolean isSignUpClosed(NotAuthorizedException ex) {
		String message = (ex.awsErrorDetails() != null) ? ex.awsErrorDetails().errorMessage() : null;
		return message != null && message.startsWith("SignUp is not permitted");
	}

	/**
	 * The app offers registration but the pool is closed: an operator error, and for the
	 * person the same page as an invitation-only portal's.
	 */
	static SignInProblem signUpClosed() {
		log.error("The pool refused a registration: it admits only invited people (the stack's signUp is "
				+ "invite-only) but passwordless.sign-up is open; set both the same");
		return new SignInProblem(SignInProblem.Kind.UNAVAILABLE, SignInProblem.BY_INVITATION);
	}

	private static SignInProblem unavailable(RuntimeException ex) {
		log.warn("Cognito call failed: {}", ex.getClass().getSimpleName());
		return new SignInProblem(SignInProblem.Kind.UNAVAILABLE, UNAVAILABLE);
	}

}
