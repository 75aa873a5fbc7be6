package dev.passwordless.vaadin.security;

import java.io.Serializable;
import java.time.Instant;

import dev.passwordless.vaadin.cognito.CognitoTokens;

/**
 * A verified sign-in waiting in the HTTP session for its completion request, which must
 * bring the one-time nonce whose hash is kept here.
 *
 * @param user the verified user
 * @param tokens their tokens
 * @param nonceHash SHA-256 of the nonce; the nonce itself is never stored
 * @param expiresAt after this the nonce completes nothing
 * @param staySignedIn whether the person ticked "Stay signed in on this device"
 * @param factor the factor the sign-in proved ({@link CognitoAuthentication#SMS_FACTOR}
 * or {@link CognitoAuthentication#PASSKEY_FACTOR})
 */
record CompletedSignIn(CognitoUser user, CognitoTokens tokens, byte[] nonceHash, Instant expiresAt,
		boolean staySignedIn, String factor) implements Serializable {

	/**
	 * When the code was proved: the nonce lives {@link SignInCompletion#VALIDITY} from
	 * then.
	 */
	Instant provedAt() {
		return this.expiresAt.minus(SignInCompletion.VALIDITY);
	}

	/** What the sign-in proved, and when. */
	ProvedFactor proved() {
		// a sign-in kept by a version before factors were named was by code
		return new ProvedFactor((this.factor != null) ? this.factor : CognitoAuthentication.SMS_FACTOR, provedAt());
	}

	@Override
	public String toString() {
		return "CompletedSignIn[" + this.user.sub() + ", expires " + this.expiresAt + "]";
	}

}
