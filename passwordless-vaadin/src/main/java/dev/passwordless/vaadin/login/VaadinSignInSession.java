package dev.passwordless.vaadin.login;

import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.KnownDevice;
import dev.passwordless.vaadin.security.SessionKeys;
import dev.passwordless.vaadin.security.SignInCompletion;

/**
 * The sign-in's state in the HTTP session of the Vaadin request being served. The
 * client's address is the request's remote address, which Tomcat's {@code RemoteIpValve}
 * has already taken from a trusted proxy's {@code X-Forwarded-For} where there is one.
 */
class VaadinSignInSession implements SignInSession {

	private final SignInCompletion completion;

	private final KnownDevice knownDevice;

	VaadinSignInSession(SignInCompletion completion, KnownDevice knownDevice) {
		this.completion = completion;
		this.knownDevice = knownDevice;
	}

	@Override
	public Optional<PendingSignIn> pending() {
		return Optional.ofNullable((PendingSignIn) session().getAttribute(SessionKeys.PENDING_SIGN_IN));
	}

	@Override
	public void keep(PendingSignIn pending) {
		session().setAttribute(SessionKeys.PENDING_SIGN_IN, pending);
	}

	@Override
	public void forgetPending() {
		session().removeAttribute(SessionKeys.PENDING_SIGN_IN);
	}

	@Override
	public Optional<PendingPasskey> pendingPasskey() {
		return Optional.ofNullable((PendingPasskey) session().getAttribute(SessionKeys.PENDING_PASSKEY));
	}

	@Override
	public void keep(PendingPasskey pending) {
		session().setAttribute(SessionKeys.PENDING_PASSKEY, pending);
	}

	@Override
	public void forgetPendingPasskey() {
		session().removeAttribute(SessionKeys.PENDING_PASSKEY);
	}

	@Override
	public Optional<TypedNumber> typedNumber() {
		return Optional.ofNullable((TypedNumber) session().getAttribute(SessionKeys.TYPED_NUMBER));
	}

	@Override
	public void keep(TypedNumber typed) {
		session().setAttribute(SessionKeys.TYPED_NUMBER, typed);
	}

	@Override
	public void forgetTypedNumber() {
		session().removeAttribute(SessionKeys.TYPED_NUMBER);
	}

	@Override
	public Optional<UnconfirmedAccount> unconfirmedAccount() {
		return Optional.ofNullable((UnconfirmedAccount) session().getAttribute(SessionKeys.UNCONFIRMED_ACCOUNT));
	}

	/**
	 * The session id changes first, as at every verified sign-in: whoever knew the old
	 * cookie cannot continue into the account.
	 */
	@Override
	public void keep(UnconfirmedAccount account) {
		VaadinServletRequest.getCurrent().getHttpServletRequest().changeSessionId();
		session().setAttribute(SessionKeys.UNCONFIRMED_ACCOUNT, account);
	}

	@Override
	public void forgetUnconfirmedAccount() {
		session().removeAttribute(SessionKeys.UNCONFIRMED_ACCOUNT);
	}

	@Override
	public String clientAddress() {
		VaadinRequest request = VaadinRequest.getCurrent();
		return (request != null) ? request.getRemoteAddr() : "unknown";
	}

	@Override
	public String userAgent() {
		VaadinRequest request = VaadinRequest.getCurrent();
		String agent = (request != null) ? request.getHeader("User-Agent") : null;
		return (agent != null) ? agent : "";
	}

	@Override
	public boolean isKnownDevice(String phoneNumber) {
		VaadinServletRequest request = VaadinServletRequest.getCurrent();
		return request != null && this.knownDevice.isKnown(request.getHttpServletRequest(), phoneNumber);
	}

	@Override
	public String beginCompletion(CognitoUser user, CognitoTokens tokens, boolean staySignedIn, String factor) {
		return this.completion.begin(VaadinServletRequest.getCurrent(), user, tokens, staySignedIn, factor);
	}

	private static WrappedSession session() {
		return VaadinSession.getCurrent().getSession();
	}

}
