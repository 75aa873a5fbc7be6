package dev.passwordless.vaadin.cognito;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/**
 * The app's Cognito calls. Every AWS error becomes a {@link SignInProblem} a person
 * understands ({@link CognitoErrors}). Registering is {@link CognitoSignUp}'s, and
 * revoking tokens {@link CognitoSignOut}'s.
 */
public class CognitoAuthClient {

	private final CognitoIdentityProviderClient cognito;

	private final String clientId;

	private final ClientSecret secret;

	private final Clock clock;

	private final CognitoSignUp signUp;

	private final CognitoSignOut signOut;

	/**
	 * @param cognito the SDK client, pointed at the pool's endpoint
	 * @param pool the pool and app client
	 * @param clock the time source (when a code expires, when tokens do)
	 */
	public CognitoAuthClient(CognitoIdentityProviderClient cognito, CognitoPool pool, Clock clock) {
		this(cognito, pool, clock, Pace.system());
	}

	CognitoAuthClient(CognitoIdentityProviderClient cognito, CognitoPool pool, Clock clock, Pace signUpPace) {
		this.cognito = cognito;
		this.clientId = pool.clientId();
		this.secret = pool.clientSecret();
		this.clock = clock;
		this.signUp = new CognitoSignUp(cognito, pool, signUpPace);
		this.signOut = new CognitoSignOut(cognito, pool);
	}

	/**
	 * Registers a user with the attributes the app writes, {@code name} and
	 * {@code locale}; the phone number is the user name and never an attribute the app
	 * sets. A number that is already registered is not an error here: the caller goes on
	 * to the same code step, and the refusal takes as long as a new registration
	 * ({@link Pace}), so nothing reveals who is registered.
	 * @param language the person's language (e.g. {@code de}), which the Create trigger
	 * writes the SMS in; null for the pool's default
	 * @return whether a new account was made (false: one existed for the number), for the
	 * server only: the person learns it once their code proves the number
	 */
	public boolean signUp(String phoneNumber, String name, String language) {
		return this.signUp.signUp(phoneNumber, name, language);
	}

	/** Registers a user without a language: the SMS in the pool's default one. */
	public boolean signUp(String phoneNumber, String name) {
		return signUp(phoneNumber, name, null);
	}

	/**
	 * Starts a sign-in: Cognito's triggers send a code (or, for unknown numbers, pretend
	 * to).
	 */
	public Challenge start(String phoneNumber) {
		return CognitoErrors.translated(() -> {
			try {
				return initiate(phoneNumber);
			}
			catch (NotAuthorizedException ex) {
				if (!CognitoErrors.isUserDisabled(ex)) {
					throw ex;
				}
				// Cognito says so to anyone who asks; the person sees what an unknown
				// number sees: a code step no code answers, and no SMS
				return initiate(unknownStandIn(phoneNumber));
			}
		});
	}

	/**
	 * Starts a number change (decision 005) for a signed-in person: a sign-in whose
	 * {@code ClientMetadata} names the new number, which Pre authentication hands to
	 * Create, so that its one code goes to the new number.
	 * @param tokens the person's tokens (the user name is theirs)
	 * @param newPhoneNumber the new number (E.164)
	 */
	public Challenge startNumberChange(CognitoTokens tokens, String newPhoneNumber) {
		return CognitoErrors.translated(() -> initiate(tokens.username(), changeOfNumber(newPhoneNumber)));
	}

	/**
	 * The metadata of a number change, at its start and with each answer: the code goes
	 * to the new number; after it, the account's number is the new one.
	 */
	public static Map<String, String> changeOfNumber(String newPhoneNumber) {
		return Map.of("purpose", "change-number", "newPhoneNumber", newPhoneNumber);
	}

	private Challenge initiate(String username) {
		return initiate(username, null);
	}

	private Challenge initiate(String username, Map<String, String> clientMetadata) {
		var response = this.cognito.initiateAuth((request) -> request.clientId(this.clientId)
			.authFlow(AuthFlowType.CUSTOM_AUTH)
			.clientMetadata(clientMetadata)
			.authParameters(Map.of("USERNAME", username, "SECRET_HASH", secretHash(username))));
		return Challenge.of(response.session(), response.challengeParameters(), this.clock);
	}

	/**
	 * A user name no account has, the same for the same number: a disabled account's
	 * sign-in goes on as an unknown number's, through the triggers' decoy.
	 */
	static String unknownStandIn(String phoneNumber) {
		return "disabled-" + UUID.nameUUIDFromBytes(phoneNumber.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Answers a challenge.
	 * @return the tokens, or the next challenge after a wrong code
	 * @throws SignInProblem when the sign-in is over (expired, too many wrong codes)
	 */
	public SignInResult answer(Challenge challenge, String code) {
		return answer(challenge, code, Map.of());
	}

	/**
	 * Answers a challenge, with metadata for the triggers (Cognito passes it to Define,
	 * Create, Verify and Post authentication).
	 * @param clientMetadata e.g. a number change's {@link #changeOfNumber}
	 */
	public SignInResult answer(Challenge challenge, String code, Map<String, String> clientMetadata) {
		return CognitoErrors.translated(() -> {
			try {
				var response = this.cognito.respondToAuthChallenge((request) -> request.clientId(this.clientId)
					.challengeName(ChallengeNameType.CUSTOM_CHALLENGE)
					.session(challenge.session())
					.clientMetadata(clientMetadata.isEmpty() ? null : clientMetadata)
					.challengeResponses(Map.of("USERNAME", challenge.username(), "ANSWER", code, "SECRET_HASH",
							secretHash(challenge.username()))));
				if (response.authenticationResult() != null) {
					return new SignInResult.SignedIn(
							tokens(challenge.username(), response.authenticationResult(), null));
				}
				return new SignInResult.NextChallenge(
						Challenge.of(response.session(), response.challengeParameters(), this.clock));
			}
			catch (NotAuthorizedException ex) {
				if (CognitoErrors.isClientSecretRefused(ex)) {
					throw ex;
				}
				throw CognitoErrors.answerRefused(ex, !this.clock.instant().isBefore(challenge.expiresAt()));
			}
		});
	}

	/**
	 * New ID and access tokens; the refresh token stays. The {@code SECRET_HASH} is over
	 * the internal user name, as Cognito requires for a refresh.
	 */
	public CognitoTokens refresh(CognitoTokens tokens) {
		return CognitoErrors.translated(() -> {
			var response = this.cognito.initiateAuth((request) -> request.clientId(this.clientId)
				.authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
				.authParameters(
						Map.of("REFRESH_TOKEN", tokens.refreshToken(), "SECRET_HASH", secretHash(tokens.username()))));
			return tokens(tokens.username(), response.authenticationResult(), tokens.refreshToken());
		});
	}

	/**
	 * Signs this device out: revokes the refresh token and the access tokens issued from
	 * it (RevokeToken). Failures are logged, never shown (the local session ends anyway).
	 */
	public void signOut(CognitoTokens tokens) {
		revoke(tokens.refreshToken());
	}

	/**
	 * Signs the user out on every device: GlobalSignOut (every refresh token of the user)
	 * and RevokeToken. Failures are logged, never shown.
	 */
	public void signOutEverywhere(CognitoTokens tokens) {
		this.signOut.everywhere(tokens.accessToken());
		revoke(tokens.refreshToken());
	}

	/**
	 * Revokes one refresh token (RevokeToken with the client secret). Failures are
	 * logged, never shown.
	 */
	public void revoke(String refreshToken) {
		this.signOut.revoke(refreshToken);
	}

	/**
	 * Changes the signed-in person's name (UpdateUserAttributes with their access token);
	 * their ID token says it from the next refresh.
	 * @throws SignInProblem when Cognito refuses or cannot be reached
	 */
	public void rename(CognitoTokens tokens, String name) {
		CognitoErrors
			.translated(() -> this.cognito.updateUserAttributes((request) -> request.accessToken(tokens.accessToken())
				.userAttributes(AttributeType.builder().name("name").value(name).build())));
	}

	/**
	 * Deletes the signed-in person's account (DeleteUser with their access token): every
	 * token of theirs stops working, and the number is an unknown number afterwards.
	 * @throws SignInProblem when Cognito refuses or cannot be reached
	 */
	public void deleteAccount(CognitoTokens tokens) {
		CognitoErrors.translated(() -> this.cognito.deleteUser((request) -> request.accessToken(tokens.accessToken())));
	}

	private String secretHash(String username) {
		return this.secret.hash(username, this.clientId);
	}

	private CognitoTokens tokens(String username, AuthenticationResultType result, String refreshToken) {
		return CognitoTokens.of(username, result, refreshToken, this.clock);
	}

}
