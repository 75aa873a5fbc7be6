package dev.passwordless.webapp.cognito;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import dev.passwordless.rules.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * The app's Cognito calls, with every AWS error turned into a {@link SignInProblem} a
 * person understands.
 */
@Component
public class CognitoAuthClient {

	private static final Logger log = LoggerFactory.getLogger(CognitoAuthClient.class);

	private final CognitoIdentityProviderClient cognito;

	private final CognitoPool pool;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	public CognitoAuthClient(CognitoIdentityProviderClient cognito, CognitoPool pool) {
		this.cognito = cognito;
		this.pool = pool;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Registers a user. A number that is already registered is not an error here: the
	 * caller goes on to the same code step, so nothing reveals who is registered.
	 */
	public void signUp(String phoneNumber, String name) {
		call(() -> {
			try {
				this.cognito.signUp((request) -> request.clientId(this.pool.clientId())
					.username(phoneNumber)
					.password(throwawayPassword())
					.userAttributes((attribute) -> attribute.name("name").value(name)));
			}
			catch (UsernameExistsException ex) {
				// same screens as a new registration; the code goes to the number's owner
			}
			return null;
		});
	}

	/**
	 * Starts a sign-in: Cognito's triggers send a code (or, for unknown numbers, pretend
	 * to).
	 */
	public Challenge start(String phoneNumber) {
		return call(() -> {
			var response = this.cognito.initiateAuth((request) -> request.clientId(this.pool.clientId())
				.authFlow(AuthFlowType.CUSTOM_AUTH)
				.authParameters(Map.of("USERNAME", phoneNumber)));
			return challenge(response.session(), response.challengeParameters());
		});
	}

	/**
	 * Answers a challenge.
	 * @return the tokens, or empty with {@code next} holding the next challenge after a
	 * wrong code
	 */
	public Answer answer(Challenge challenge, String code) {
		return call(() -> {
			try {
				var response = this.cognito.respondToAuthChallenge((request) -> request.clientId(this.pool.clientId())
					.challengeName(ChallengeNameType.CUSTOM_CHALLENGE)
					.session(challenge.session())
					.challengeResponses(Map.of("USERNAME", challenge.username(), "ANSWER", code)));
				if (response.authenticationResult() != null) {
					return new Answer(tokens(response.authenticationResult(), null), null);
				}
				return new Answer(null, challenge(response.session(), response.challengeParameters()));
			}
			catch (NotAuthorizedException ex) {
				String message = ex.awsErrorDetails().errorMessage();
				if (message != null && message.startsWith("Invalid session")) {
					throw new SignInProblem(SignInProblem.Kind.SESSION_EXPIRED,
							"This sign-in took too long. Request a new code.");
				}
				boolean expired = !this.clock.instant().isBefore(challenge.expiresAt());
				throw new SignInProblem(SignInProblem.Kind.CODE_FAILED, expired
						? "This code has expired. Request a new code." : "Too many wrong codes. Request a new code.");
			}
		});
	}

	/** New ID and access tokens; the refresh token stays. */
	public CognitoTokens refresh(CognitoTokens tokens) {
		return call(() -> {
			var response = this.cognito.initiateAuth((request) -> request.clientId(this.pool.clientId())
				.authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
				.authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken())));
			return tokens(response.authenticationResult(), tokens.refreshToken());
		});
	}

	/**
	 * Revokes the tokens at Cognito; failures are logged, never shown (the local session
	 * ends anyway).
	 */
	public void signOut(CognitoTokens tokens) {
		try {
			this.cognito.globalSignOut((request) -> request.accessToken(tokens.accessToken()));
		}
		catch (RuntimeException ex) {
			log.info("GlobalSignOut failed: {}", ex.getClass().getSimpleName());
		}
		try {
			this.cognito.revokeToken((request) -> request.clientId(this.pool.clientId()).token(tokens.refreshToken()));
		}
		catch (RuntimeException ex) {
			log.info("RevokeToken failed: {}", ex.getClass().getSimpleName());
		}
	}

	/** A sign-in answer: tokens, or the next challenge after a wrong code. */
	public record Answer(CognitoTokens tokens, Challenge next) {
	}

	private Challenge challenge(String session, Map<String, String> parameters) {
		return new Challenge(session, parameters.get("USERNAME"), integer(parameters.get("codeLength")).orElse(6),
				integer(parameters.get("expiresAt")).map(Instant::ofEpochSecond)
					.orElse(this.clock.instant().plusSeconds(300)),
				integer(parameters.get("attemptsLeft")).orElse(3));
	}

	private CognitoTokens tokens(AuthenticationResultType result, String refreshToken) {
		return new CognitoTokens(result.idToken(), result.accessToken(),
				(result.refreshToken() != null) ? result.refreshToken() : refreshToken,
				this.clock.instant().plusSeconds(result.expiresIn()));
	}

	private static Optional<Integer> integer(String value) {
		try {
			return Optional.ofNullable(value).map(Integer::valueOf);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Long, random, never stored or shown; password sign-in is not enabled on the client
	 * anyway.
	 */
	private String throwawayPassword() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return "Aa1!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private <T> T call(java.util.function.Supplier<T> call) {
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
			throw new SignInProblem(SignInProblem.Kind.RATE_LIMITED,
					"Too many attempts right now. Please try again in a minute.");
		}
		catch (SdkClientException ex) {
			throw unavailable(ex);
		}
		catch (CognitoIdentityProviderException ex) {
			if (ex instanceof NotAuthorizedException) {
				throw new SignInProblem(SignInProblem.Kind.SESSION_EXPIRED, "Please sign in again.");
			}
			throw unavailable(ex);
		}
	}

	private static SignInProblem unavailable(RuntimeException ex) {
		log.warn("Cognito call failed: {}", ex.getClass().getSimpleName());
		return new SignInProblem(SignInProblem.Kind.UNAVAILABLE,
				"Sign-in is unavailable right now. Please try again shortly.");
	}

}
