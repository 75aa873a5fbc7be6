package dev.passwordless.vaadin.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/**
 * Signs the current user out: revokes their tokens at Cognito (GlobalSignOut and
 * RevokeToken), clears the security context, invalidates the HTTP session and sends the
 * browser to the sign-in page, which confirms the sign-out.
 */
public class SignOut {

	private final CognitoAuthClient cognito;

	SignOut(CognitoAuthClient cognito) {
		this.cognito = cognito;
	}

	/** Signs out the user of the current Vaadin request. */
	public void signOut() {
		HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
		revoke(request);
		UI.getCurrent().getPage().setLocation(SignInRoutes.LOGIN + "?" + SignInRoutes.SIGNED_OUT);
		new SecurityContextLogoutHandler().logout(request, VaadinServletResponse.getCurrent().getHttpServletResponse(),
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
		}
	}

}
