package dev.passwordless.vaadin.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import dev.passwordless.vaadin.audit.AuditKind;
import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/**
 * Signs the current user out: revokes this device's refresh token at Cognito
 * (RevokeToken), deletes this device's remember-me record and cookie, clears the security
 * context, invalidates the HTTP session and sends the browser to the sign-in page, which
 * confirms the sign-out. {@link #signOutEverywhere()} signs out every device of the user.
 */
public class SignOut {

	private static final Logger log = LoggerFactory.getLogger(SignOut.class);

	private final CognitoAuthClient cognito;

	private final ObjectProvider<CognitoRememberMeServices> rememberMe;

	private final SignOutsEverywhere signOuts;

	private final AuditTrail audit;

	SignOut(CognitoAuthClient cognito, ObjectProvider<CognitoRememberMeServices> rememberMe,
			SignOutsEverywhere signOuts, AuditTrail audit) {
		this.cognito = cognito;
		this.rememberMe = rememberMe;
		this.signOuts = signOuts;
		this.audit = audit;
	}

	/**
	 * Ends every session of a user, on every instance, for an administrator: their
	 * remember-me records go, and each of their open sessions ends at its next request
	 * (on another instance within {@value SignOutsEverywhere#CACHE_SECONDS} seconds).
	 * Their refresh tokens are the caller's to revoke at Cognito. A database that does
	 * not answer is logged; the sessions then end at their next token refresh.
	 * @param username the user's Cognito user name
	 */
	public void endEverywhere(String username) {
		try {
			CognitoRememberMeServices services = this.rememberMe.getIfAvailable();
			if (services != null) {
				services.forgetEverywhere(username);
			}
			else {
				this.signOuts.signedOutEverywhere(username);
			}
		}
		catch (DataAccessException ex) {
			// Cognito has revoked their tokens: each session ends at its next refresh
			log.warn("A user's sessions could not be ended at once (the database did not answer): {}",
					ex.getClass().getSimpleName());
		}
	}

	/** Signs out the user of the current Vaadin request, on this device. */
	public void signOut() {
		HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
		revoke(request);
		signOutHere(request);
	}

	/**
	 * Signs out the user of the current Vaadin request on every device: GlobalSignOut at
	 * Cognito (every refresh token of theirs), every remember-me record of theirs, and
	 * this session.
	 */
	public void signOutEverywhere() {
		HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SessionKeys.TOKENS) instanceof CognitoTokens tokens) {
			this.cognito.signOutEverywhere(tokens);
			this.rememberMe.ifAvailable((services) -> services.forgetEverywhere(tokens.username()));
			session.removeAttribute(SessionKeys.TOKENS);
			this.audit.event(AuditKind.SIGNED_OUT_EVERYWHERE, request).user(tokens.username()).publish();
		}
		signOutHere(request);
	}

	/**
	 * Signs this browser out after its account was deleted (Cognito has no tokens of it
	 * any more): the session and the cookie go, and the sign-in page says the account is
	 * deleted.
	 */
	public void afterAccountDeleted() {
		HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(SessionKeys.TOKENS);
		}
		signOutHere(request, SignInRoutes.ACCOUNT_DELETED);
	}

	private void signOutHere(HttpServletRequest request) {
		signOutHere(request, SignInRoutes.SIGNED_OUT);
	}

	private void signOutHere(HttpServletRequest request, String notice) {
		HttpServletResponse response = VaadinServletResponse.getCurrent().getHttpServletResponse();
		this.rememberMe.ifAvailable((services) -> services.logout(request, response, null));
		UI.getCurrent().getPage().setLocation(SignInRoutes.LOGIN + "?" + notice);
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * Revokes the tokens of the request's session at Cognito and forgets them; also
	 * Spring Security's logout handler, for {@code POST /logout} and
	 * {@code AuthenticationContext.logout()}.
	 */
	void revoke(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SessionKeys.TOKENS) instanceof CognitoTokens tokens) {
			this.cognito.signOut(tokens);
			session.removeAttribute(SessionKeys.TOKENS);
			this.audit.event(AuditKind.SIGNED_OUT, request).user(tokens.username()).publish();
		}
	}

}
