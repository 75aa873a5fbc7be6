package dev.passwordless.vaadin.security;

import java.io.IOException;

import dev.passwordless.vaadin.cognito.CognitoTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a browser that has no signed-in session but a remember-me cookie
 * ({@link CognitoRememberMeServices}): a new session id, the refreshed tokens in the
 * session, the user in the security context, as a sign-in by code leaves them. A stolen
 * or replayed cookie sends the browser to the sign-in page, which says to sign in again.
 */
class RememberMeFilter extends OncePerRequestFilter {

	private final CognitoRememberMeServices rememberMe;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SignOutsEverywhere signOuts;

	RememberMeFilter(CognitoRememberMeServices rememberMe, SignOutsEverywhere signOuts) {
		this.rememberMe = rememberMe;
		this.signOuts = signOuts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityContextHolder.getContext().getAuthentication() == null) {
			try {
				Authentication restored = this.rememberMe.autoLogin(request, response);
				if (restored instanceof CognitoAuthentication signedIn && request
					.getAttribute(CognitoRememberMeServices.RESTORED_TOKENS) instanceof CognitoTokens tokens) {
					signIn(signedIn, tokens, request, response);
				}
			}
			catch (CookieTheftException ex) {
				SecurityContextHolder.clearContext();
				if ("GET".equals(request.getMethod())) {
					response.sendRedirect(
							request.getContextPath() + "/" + SignInRoutes.LOGIN + "?" + SignInRoutes.SIGN_IN_AGAIN);
					return;
				}
			}
			catch (PoolUnavailable | DataAccessException ex) {
				// not signed in this time; the cookie stays for when the pool and the
				// database answer
			}
		}
		chain.doFilter(request, response);
	}

	private void signIn(CognitoAuthentication authentication, CognitoTokens tokens, HttpServletRequest request,
			HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		this.signOuts.signIn(request.getSession(), tokens);
		request.getSession().setAttribute(SessionKeys.DEVICE, request.getAttribute(CognitoRememberMeServices.SERIES));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
