package dev.passwordless.vaadin.login;

import java.util.Optional;

import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.security.CognitoUser;

/** One browser's sign-in state for tests of the service, with an address of its own. */
final class InMemorySignInSession implements SignInSession {

	private final String address;

	private PendingSignIn pending;

	private TypedNumber typed;

	private CognitoUser completedAs;

	private CognitoTokens completedWith;

	InMemorySignInSession(String address) {
		this.address = address;
	}

	@Override
	public Optional<PendingSignIn> pending() {
		return Optional.ofNullable(this.pending);
	}

	@Override
	public void keep(PendingSignIn pending) {
		this.pending = pending;
	}

	@Override
	public void forgetPending() {
		this.pending = null;
	}

	@Override
	public Optional<TypedNumber> typedNumber() {
		return Optional.ofNullable(this.typed);
	}

	@Override
	public void keep(TypedNumber typed) {
		this.typed = typed;
	}

	@Override
	public void forgetTypedNumber() {
		this.typed = null;
	}

	private UnconfirmedAccount unconfirmed;

	@Override
	public Optional<UnconfirmedAccount> unconfirmedAccount() {
		return Optional.ofNullable(this.unconfirmed);
	}

	@Override
	public void keep(UnconfirmedAccount account) {
		this.unconfirmed = account;
	}

	@Override
	public void forgetUnconfirmedAccount() {
		this.unconfirmed = null;
	}

	@Override
	public String clientAddress() {
		return this.address;
	}

	private String userAgent = "";

	@Override
	public String userAgent() {
		return this.userAgent;
	}

	/** The browser's {@code User-Agent} from now on. */
	void userAgent(String userAgent) {
		this.userAgent = userAgent;
	}

	/** Numbers this browser has signed in as before. */
	private final java.util.Set<String> knownAs = new java.util.HashSet<>();

	@Override
	public boolean isKnownDevice(String phoneNumber) {
		return this.knownAs.contains(phoneNumber);
	}

	@Override
	public String beginCompletion(CognitoUser user, CognitoTokens tokens, boolean staySignedIn, String factor) {
		this.completedFactor = factor;
		this.completedAs = user;
		this.completedWith = tokens;
		this.knownAs.add(user.phoneNumber());
		return "signin/complete?nonce=test";
	}

	private String completedFactor;

	private PendingPasskey pendingPasskey;

	@Override
	public Optional<PendingPasskey> pendingPasskey() {
		return Optional.ofNullable(this.pendingPasskey);
	}

	@Override
	public void keep(PendingPasskey pending) {
		this.pendingPasskey = pending;
	}

	@Override
	public void forgetPendingPasskey() {
		this.pendingPasskey = null;
	}

	/** The factor the completion was begun with, if any. */
	Optional<String> completedFactor() {
		return Optional.ofNullable(this.completedFactor);
	}

	/** The tokens the completion was begun with, if any. */
	Optional<CognitoTokens> completedWith() {
		return Optional.ofNullable(this.completedWith);
	}

	/** Who the completion was begun for, if anyone. */
	Optional<CognitoUser> completedAs() {
		return Optional.ofNullable(this.completedAs);
	}

}
