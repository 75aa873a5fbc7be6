package dev.passwordless.local.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.webauthn4j.data.AuthenticationData;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.passkey.CeremonyOptions;
import dev.passwordless.local.passkey.PasskeyRefusal;
import dev.passwordless.local.passkey.WebAuthnVerifier;
import dev.passwordless.local.store.Passkey;
import dev.passwordless.local.store.PasskeyStore;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * Choice-based sign-in ({@code USER_AUTH}) with a passkey (reference
 * {@code docs/cognito-custom-auth.md} section 13): a user with passkeys who prefers
 * {@code WEB_AUTHN} gets that challenge, with request options whose challenge is bound to
 * the Session (single use, the session's validity); everyone else, unknown users
 * included, gets the same {@code SELECT_CHALLENGE}. A verified assertion ends like every
 * sign-in ({@link SignInTokens}); any refusal is a {@code NotAuthorizedException} and
 * changes nothing stored.
 */
public final class PasskeySignIn {

	/** The passkey challenge. */
	public static final String WEB_AUTHN = "WEB_AUTHN";

	/** The challenge that lets the user choose. */
	public static final String SELECT_CHALLENGE = "SELECT_CHALLENGE";

	/**
	 * What a user without a passkey may choose in this pool, whose first factors are
	 * {@code PASSWORD} (which AWS requires) and {@code WEB_AUTHN}; inferred order.
	 */
	static final List<String> WITHOUT_PASSKEY = List.of("PASSWORD", "PASSWORD_SRP");

	private static final String CHALLENGE = "WEB_AUTHN_CHALLENGE";

	private final AuthSessions sessions;

	private final Duration sessionValidity;

	private final PasskeyStore passkeys;

	private final WebAuthnVerifier verifier;

	private final UserStore users;

	private final SignInTokens signedIn;

	private final SecureRandom random = new SecureRandom();

	public PasskeySignIn(AuthSessions sessions, Duration sessionValidity, PasskeyStore passkeys,
			WebAuthnVerifier verifier, UserStore users, SignInTokens signedIn) {
		this.sessions = sessions;
		this.sessionValidity = sessionValidity;
		this.passkeys = passkeys;
		this.verifier = verifier;
		this.users = users;
		this.signedIn = signedIn;
	}

	/**
	 * The first step.
	 * @param username the internal user name (a random one for an unknown user)
	 * @param user the user, null when unknown
	 * @param preferred the request's {@code PREFERRED_CHALLENGE}, null when absent
	 */
	public ObjectNode start(String username, User user, String clientId, String preferred) {
		List<Passkey> passkeys = (user != null) ? this.passkeys.forUser(user.username()) : List.of();
		ObjectNode response = JsonNodeFactory.instance.objectNode();
		if (WEB_AUTHN.equals(preferred) && !passkeys.isEmpty()) {
			byte[] challenge = new byte[32];
			this.random.nextBytes(challenge);
			String session = this.sessions.open(new AuthSessions.Session(username, user, clientId,
					JsonNodeFactory.instance.arrayNode(), Map.of(CHALLENGE, WebAuthnVerifier.base64Url(challenge)),
					this.sessions.nextExpiry(), WEB_AUTHN));
			response.put("ChallengeName", WEB_AUTHN);
			response.put("Session", session);
			response.putObject("ChallengeParameters")
				.put("CREDENTIAL_REQUEST_OPTIONS",
						CeremonyOptions.request(this.verifier.policy(), passkeys, challenge, this.sessionValidity)
							.toString());
			return response;
		}
		String session = this.sessions.open(new AuthSessions.Session(username, user, clientId,
				JsonNodeFactory.instance.arrayNode(), Map.of(), this.sessions.nextExpiry(), SELECT_CHALLENGE));
		response.put("ChallengeName", SELECT_CHALLENGE);
		response.put("Session", session);
		response.putObject("ChallengeParameters");
		WITHOUT_PASSKEY.forEach(response.putArray("AvailableChallenges")::add);
		return response;
	}

	/**
	 * Checks the answer to a {@code WEB_AUTHN} challenge and signs the user in.
	 * @param session the session answered, already taken
	 * @param credential the browser's {@code AuthenticationResponseJSON}
	 * @throws CognitoException {@code NotAuthorizedException} for any refusal
	 */
	public ObjectNode answer(AuthSessions.Session session, String credential, Map<String, String> clientMetadata) {
		User user = this.users.find(session.username()).orElseThrow(() -> refused("the user does not exist"));
		if (!user.enabled()) {
			throw CognitoException.notAuthorized("User is disabled.");
		}
		byte[] challenge = Base64.getUrlDecoder().decode(session.privateParameters().get(CHALLENGE));
		try {
			AuthenticationData assertion = this.verifier.readAssertion(credential);
			Passkey passkey = this.passkeys
				.find(user.username(), WebAuthnVerifier.base64Url(assertion.getCredentialId()))
				.filter((found) -> found.relyingPartyId().equals(this.verifier.policy().relyingPartyId()))
				.orElseThrow(() -> new PasskeyRefusal(PasskeyRefusal.Reason.UNKNOWN_CREDENTIAL));
			byte[] userHandle = assertion.getUserHandle();
			if (userHandle != null && userHandle.length > 0
					&& !user.username().equals(new String(userHandle, java.nio.charset.StandardCharsets.UTF_8))) {
				throw new PasskeyRefusal(PasskeyRefusal.Reason.UNKNOWN_CREDENTIAL);
			}
			long signCount = this.verifier.authenticate(assertion, challenge, passkey.publicKey(), passkey.signCount());
			if (!this.passkeys.updateSignCount(passkey.credentialId(), passkey.signCount(), signCount)) {
				// another sign-in with the same counter got there first: a replay
				throw new PasskeyRefusal(PasskeyRefusal.Reason.COUNTER);
			}
		}
		catch (PasskeyRefusal ex) {
			throw refused(ex.reason().words());
		}
		return this.signedIn.issue(user, session.clientId(), clientMetadata);
	}

	/** A refused passkey sign-in (inferred wording; Cognito documents none). */
	private static CognitoException refused(String why) {
		return CognitoException.notAuthorized("Failed to verify the WebAuthn credential: " + why + ".");
	}

}
