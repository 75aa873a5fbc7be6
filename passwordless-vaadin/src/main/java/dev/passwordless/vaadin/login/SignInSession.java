package dev.passwordless.vaadin.login;

import java.util.Optional;

import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.security.CognitoAuthentication;
import dev.passwordless.vaadin.security.CognitoUser;

/**
 * What the sign-in keeps of the browser it serves, and where that browser is: the sign-in
 * in progress and the number typed (in the HTTP session, never in the browser), the
 * client's address (as a trusted proxy reported it), and the hand-over of a verified
 * sign-in to the completion request. The service reads all of it from here, so it runs
 * the same in a Vaadin request and in a unit test.
 */
public interface SignInSession {

	/** The sign-in waiting for its code, if any. */
	Optional<PendingSignIn> pending();

	/** Keeps the sign-in waiting for its code, in place of any earlier one. */
	void keep(PendingSignIn pending);

	/** Forgets the sign-in waiting for its code. */
	void forgetPending();

	/** The passkey sign-in waiting for the browser's credential, if any. */
	Optional<PendingPasskey> pendingPasskey();

	/** Keeps the passkey sign-in waiting for the browser, in place of any earlier one. */
	void keep(PendingPasskey pending);

	/** Forgets the passkey sign-in. */
	void forgetPendingPasskey();

	/** The number last typed in this browser, if any. */
	Optional<TypedNumber> typedNumber();

	/** Keeps the number typed, to show it again. */
	void keep(TypedNumber typed);

	/** Forgets the number typed. */
	void forgetTypedNumber();

	/** A verified sign-in into an account that existed before, waiting for an answer. */
	Optional<UnconfirmedAccount> unconfirmedAccount();

	/** Keeps a verified sign-in until the person says the account is theirs. */
	void keep(UnconfirmedAccount account);

	/** Forgets the sign-in waiting for an answer. */
	void forgetUnconfirmedAccount();

	/** The client's address, for the per-address limits. */
	String clientAddress();

	/** The browser's {@code User-Agent}, for the audit trail; empty when unknown. */
	default String userAgent() {
		return "";
	}

	/** Whether this browser has signed in as the number before. */
	boolean isKnownDevice(String phoneNumber);

	/**
	 * Changes the session id and leaves the verified sign-in for the completion request,
	 * behind a one-time nonce.
	 * @return the relative location that completes the sign-in
	 */
	default String beginCompletion(CognitoUser user, CognitoTokens tokens, boolean staySignedIn) {
		return beginCompletion(user, tokens, staySignedIn, CognitoAuthentication.SMS_FACTOR);
	}

	/**
	 * Like {@link #beginCompletion(CognitoUser, CognitoTokens, boolean)} for a sign-in
	 * that proved a factor of the given authority (a passkey's).
	 * @return the relative location that completes the sign-in
	 */
	String beginCompletion(CognitoUser user, CognitoTokens tokens, boolean staySignedIn, String factor);

}
