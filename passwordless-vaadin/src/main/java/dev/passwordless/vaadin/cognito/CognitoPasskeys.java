package dev.passwordless.vaadin.cognito;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnNotEnabledException;

/**
 * Cognito's own passkeys, for the server that holds the tokens: sign-in with
 * {@code USER_AUTH} and its {@code WEB_AUTHN} challenge, and a signed-in person's
 * passkeys with their access token ({@code StartWebAuthnRegistration},
 * {@code CompleteWebAuthnRegistration}, {@code ListWebAuthnCredentials},
 * {@code DeleteWebAuthnCredential}). {@code SECRET_HASH} wherever Cognito takes one; the
 * Cognito session and the tokens never leave the server, only the WebAuthn options and
 * the browser's credential pass through the browser.
 */
public class CognitoPasskeys {

	private static final Logger log = LoggerFactory.getLogger(CognitoPasskeys.class);

	/**
	 * The key for every refusal of a passkey ceremony: one sentence, the SMS path left.
	 */
	public static final String FAILED = "passwordless.passkey.failed";

	private final CognitoIdentityProviderClient cognito;

	private final CognitoPool pool;

	private final Clock clock;

	/** Refusals without Cognito take as long as Cognito's answers. */
	private final Pace answers;

	public CognitoPasskeys(CognitoIdentityProviderClient cognito, CognitoPool pool, Clock clock) {
		this.cognito = cognito;
		this.pool = pool;
		this.clock = clock;
		this.answers = Pace.system();
	}

	/**
	 * Starts a passkey sign-in for a user name (the number).
	 * @return Cognito's challenge, or empty when Cognito offers no passkey sign-in for it
	 * (no passkey, no such user, a disabled one: Cognito's answers, not told apart here)
	 * @throws SignInProblem when Cognito cannot be asked
	 */
	public Optional<PasskeyChallenge> start(String username) {
		return CognitoErrors.translated(() -> {
			try {
				var response = this.cognito.initiateAuth((request) -> request.clientId(this.pool.clientId())
					.authFlow(AuthFlowType.USER_AUTH)
					.authParameters(Map.of("USERNAME", username, "PREFERRED_CHALLENGE", "WEB_AUTHN", "SECRET_HASH",
							secretHash(username))));
				if (response.challengeName() != ChallengeNameType.WEB_AUTHN || response.challengeParameters() == null
						|| response.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS") == null) {
					return Optional.empty();
				}
				Map<String, String> parameters = response.challengeParameters();
				return Optional.of(new PasskeyChallenge(parameters.getOrDefault("USERNAME", username),
						response.session(), parameters.get("CREDENTIAL_REQUEST_OPTIONS")));
			}
			catch (NotAuthorizedException ex) {
				if (CognitoErrors.isClientSecretRefused(ex)) {
					throw ex;
				}
				// a disabled user, or a pool that says no to this user: no passkey
				// sign-in
				return Optional.empty();
			}
			catch (UserNotConfirmedException | PasswordResetRequiredException | UserNotFoundException ex) {
				// the user's state: answered as for any number without a passkey
				return Optional.empty();
			}
		});
	}

	/**
	 * Answers the challenge with the browser's credential.
	 * @param credential the browser's {@code PublicKeyCredential} as JSON
	 * @return the tokens
	 * @throws SignInProblem of kind {@code CODE_FAILED} ({@link #FAILED}) when Cognito
	 * refuses the credential; {@code UNAVAILABLE} when it cannot be asked
	 */
	public CognitoTokens answer(PasskeyChallenge challenge, String credential) {
		long started = this.answers.start();
		try {
			return answerNow(challenge, credential);
		}
		finally {
			this.answers.real(started);
		}
	}

	/**
	 * Refuses a credential for a sign-in Cognito offered no passkey for, after as long as
	 * Cognito's answers to a credential usually take.
	 * @return the refusal to throw, as for a credential Cognito refused
	 */
	public SignInProblem refusedWithoutChallenge() {
		this.answers.held(this.answers.start());
		return failed("no passkey sign-in for the number");
	}

	private CognitoTokens answerNow(PasskeyChallenge challenge, String credential) {
		return CognitoErrors.translated(() -> {
			try {
				var response = this.cognito.respondToAuthChallenge((request) -> request.clientId(this.pool.clientId())
					.challengeName(ChallengeNameType.WEB_AUTHN)
					.session(challenge.session())
					.challengeResponses(Map.of("USERNAME", challenge.username(), "CREDENTIAL", credential,
							"SECRET_HASH", secretHash(challenge.username()))));
				if (response.authenticationResult() == null) {
					throw failed("a further challenge");
				}
				return CognitoTokens
					.of(JsonDocuments.claim(response.authenticationResult().idToken(), "cognito:username")
						.orElse(challenge.username()), response.authenticationResult(), null, this.clock);
			}
			catch (NotAuthorizedException ex) {
				if (CognitoErrors.isClientSecretRefused(ex)) {
					throw ex;
				}
				throw failed(ex.getClass().getSimpleName());
			}
			catch (CognitoIdentityProviderException ex) {
				if (isWebAuthnRefusal(ex)) {
					throw failed(ex.getClass().getSimpleName());
				}
				throw ex;
			}
		});
	}

	/**
	 * The options for adding a passkey, for the browser.
	 * @return the WebAuthn creation options as JSON, or empty when the pool has no
	 * passkeys (Lite plan, passkeys not configured)
	 * @throws SignInProblem when Cognito cannot be asked
	 */
	public Optional<String> creationOptions(CognitoTokens tokens) {
		return CognitoErrors.translated(() -> {
			try {
				return Optional.of(JsonDocuments
					.json(this.cognito.startWebAuthnRegistration((request) -> request.accessToken(tokens.accessToken()))
						.credentialCreationOptions()));
			}
			catch (WebAuthnNotEnabledException ex) {
				log.warn("The pool has no passkeys ({}): set passwordless.passkeys.enabled=false, or give the pool "
						+ "the Essentials plan and a passkey relying party", ex.getClass().getSimpleName());
				return Optional.empty();
			}
		});
	}

	/**
	 * Adds the passkey the browser made.
	 * @param credential the browser's new {@code PublicKeyCredential} as JSON
	 * @throws SignInProblem of kind {@code CODE_FAILED} when Cognito refuses it
	 */
	public void register(CognitoTokens tokens, String credential) {
		CognitoErrors.translated(() -> {
			try {
				return this.cognito.completeWebAuthnRegistration((request) -> request.accessToken(tokens.accessToken())
					.credential(JsonDocuments.parse(credential)));
			}
			catch (IllegalArgumentException ex) {
				throw failed("not JSON");
			}
			catch (CognitoIdentityProviderException ex) {
				if (isWebAuthnRefusal(ex)) {
					throw failed(ex.getClass().getSimpleName());
				}
				throw ex;
			}
		});
	}

	/** The person's passkeys, every page of them. */
	public List<Passkey> list(CognitoTokens tokens) {
		return CognitoErrors.translated(() -> {
			List<Passkey> passkeys = new ArrayList<>();
			String next = null;
			do {
				String page = next;
				ListWebAuthnCredentialsResponse response = this.cognito.listWebAuthnCredentials(
						(request) -> request.accessToken(tokens.accessToken()).nextToken(page).maxResults(20));
				response.credentials()
					.forEach((credential) -> passkeys
						.add(new Passkey(credential.credentialId(), credential.friendlyCredentialName(),
								credential.createdAt(), credential.authenticatorAttachment())));
				next = response.nextToken();
			}
			while (next != null && !next.isEmpty());
			return passkeys;
		});
	}

	/** Removes one of the person's passkeys. */
	public void delete(CognitoTokens tokens, String credentialId) {
		CognitoErrors.translated(() -> this.cognito.deleteWebAuthnCredential(
				(request) -> request.accessToken(tokens.accessToken()).credentialId(credentialId)));
	}

	private static boolean isWebAuthnRefusal(CognitoIdentityProviderException ex) {
		return ex.getClass().getSimpleName().startsWith("WebAuthn")
				|| ex.getClass().getSimpleName().equals("InvalidParameterException");
	}

	private static SignInProblem failed(String why) {
		log.info("A passkey was refused: {}", why);
		return new SignInProblem(SignInProblem.Kind.CODE_FAILED, FAILED);
	}

	private String secretHash(String username) {
		return this.pool.clientSecret().hash(username, this.pool.clientId());
	}

}
