package dev.passwordless.vaadin.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.cognito.SignInProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session backed by live Cognito tokens: when the access token is about
 * to expire it is refreshed with the refresh token, and the signed-in user and their
 * roles are rebuilt from the new ID token (a group change applies at the next refresh);
 * when that fails (revoked, expired, user deleted, another user) the user is signed out,
 * and so is a session whose user signed out everywhere after it was signed in.
 */
class CognitoSessionFilter extends OncePerRequestFilter {

	private static final Duration MARGIN = Duration.ofMinutes(1);

	private final CognitoAuthClient cognito;

	private final CognitoTokenVerifier verifier;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SignOutsEverywhere signOuts;

	private final Devices devices;

	/**
	 * @param devices the devices that stay signed in, or null when the application has
	 * none
	 */
	CognitoSessionFilter(CognitoAuthClient cognito, CognitoTokenVerifier verifier, Clock clock,
			SignOutsEverywhere signOuts, Devices devices) {
		this.cognito = cognito;
		this.verifier = verifier;
		this.clock = clock;
		this.signOuts = signOuts;
		this.devices = devices;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		CognitoTokens tokens = (session != null) ? (CognitoTokens) session.getAttribute(SessionKeys.TOKENS) : null;
		if (tokens != null && (signedOutEverywhere(session, tokens) || deviceSignedOut(session))) {
			SecurityContextHolder.clearContext();
			session.invalidate();
			tokens = null;
		}
		if (tokens != null && this.clock.instant().plus(MARGIN).isAfter(tokens.accessExpiresAt())) {
			try {
				CognitoTokens refreshed = this.cognito.refresh(tokens);
				CognitoUser user = this.verifier.verify(refreshed);
				session.setAttribute(SessionKeys.TOKENS, refreshed);
				signedIn(user, request, response);
			}
			catch (SignInProblem | JwtException ex) {
				SecurityContextHolder.clearContext();
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether the user signed out everywhere since this session was signed in. A session
	 * with tokens but no moment was not signed in through
	 * {@link SignOutsEverywhere#signIn} and is treated as ended.
	 */
	private boolean signedOutEverywhere(HttpSession session, CognitoTokens tokens) {
		if (!(session.getAttribute(SessionKeys.SIGNED_IN_AT) instanceof Instant signedInAt)) {
			return true;
		}
		return this.signOuts.endedSince(tokens.username(), signedInAt);
	}

	/**
	 * Whether the device this session stays signed in on was signed out from another one
	 * ("Your account").
	 */
	private boolean deviceSignedOut(HttpSession session) {
		return session.getAttribute(SessionKeys.DEVICE) instanceof String device && this.devices != null
				&& !this.devices.stillSignedIn(device);
	}

	/** The user as the new ID token describes them, in this request and the session. */
	private void signedIn(CognitoUser user, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current instanceof CognitoAuthentication signedIn && !signedIn.getPrincipal().sub().equals(user.sub())) {
			throw new JwtException("The refreshed tokens belong to another user");
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		Object proved = request.getSession().getAttribute(SessionKeys.FACTOR_PROVED);
		context.setAuthentication(
				new CognitoAuthentication(user, (proved instanceof ProvedFactor factor) ? factor : null));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
