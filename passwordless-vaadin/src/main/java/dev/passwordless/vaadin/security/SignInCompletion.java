package dev.passwordless.vaadin.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import dev.passwordless.vaadin.cognito.CognitoTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Hands a verified sign-in from the request that checked the code to the plain HTTP
 * request that signs the user in ({@link SignInRoutes#COMPLETE}), so that only the
 * browser that sent the right code can finish it. When the code is verified the session
 * id changes (whoever knew the old cookie holds nothing) and a one-time nonce is made: it
 * goes back only in the answer to that request, as part of the completion location; the
 * session keeps only its SHA-256, for {@link #VALIDITY}. The completion request must
 * bring it; a nonce that is missing, wrong, expired or already used completes nothing.
 */
public class SignInCompletion {

	/** How long a nonce may complete its sign-in: the browser follows it at once. */
	static final Duration VALIDITY = Duration.ofMinutes(1);

	/** The completion request's parameter that carries the nonce. */
	static final String NONCE = "nonce";

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SignInCompletion(Clock clock) {
		this.clock = clock;
	}

	/**
	 * In the request that verified the code: changes the session id and leaves the
	 * sign-in in the session behind a new one-time nonce.
	 * @param request the request that verified the code
	 * @param user the verified user
	 * @param tokens their tokens
	 * @return the relative location that completes the sign-in, for this request's answer
	 * only
	 */
	public String begin(HttpServletRequest request, CognitoUser user, CognitoTokens tokens) {
		return begin(request, user, tokens, false);
	}

	/**
	 * Like {@link #begin(HttpServletRequest, CognitoUser, CognitoTokens)}; the completion
	 * also keeps the person signed in on this device when they asked for it.
	 * @param staySignedIn whether "Stay signed in on this device" was ticked
	 * @return the relative location that completes the sign-in
	 */
	public String begin(HttpServletRequest request, CognitoUser user, CognitoTokens tokens, boolean staySignedIn) {
		return begin(request, user, tokens, staySignedIn, CognitoAuthentication.SMS_FACTOR);
	}

	/**
	 * Like {@link #begin(HttpServletRequest, CognitoUser, CognitoTokens, boolean)}, for a
	 * sign-in that proved another factor than a code (a passkey).
	 * @param factor the factor's authority, e.g.
	 * {@link CognitoAuthentication#PASSKEY_FACTOR}
	 * @return the relative location that completes the sign-in
	 */
	public String begin(HttpServletRequest request, CognitoUser user, CognitoTokens tokens, boolean staySignedIn,
			String factor) {
		HttpSession session = request.getSession();
		request.changeSessionId();
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		session.setAttribute(SessionKeys.COMPLETED, new CompletedSignIn(user, tokens, sha256(nonce),
				this.clock.instant().plus(VALIDITY), staySignedIn, factor));
		return SignInRoutes.COMPLETE.substring(1) + "?" + NONCE + "=" + nonce;
	}

	/**
	 * In the completion request: the sign-in this nonce unlocks, at most once. A wrong
	 * nonce leaves the sign-in waiting for the right one; an expired one drops it.
	 * @param request the completion request
	 * @param nonce the nonce it brought, possibly null
	 * @return the verified sign-in, or empty
	 */
	Optional<CompletedSignIn> take(HttpServletRequest request, String nonce) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(SessionKeys.COMPLETED) instanceof CompletedSignIn completed)) {
			return Optional.empty();
		}
		if (!this.clock.instant().isBefore(completed.expiresAt())) {
			session.removeAttribute(SessionKeys.COMPLETED);
			return Optional.empty();
		}
		if (nonce == null || !MessageDigest.isEqual(completed.nonceHash(), sha256(nonce))) {
			return Optional.empty();
		}
		session.removeAttribute(SessionKeys.COMPLETED);
		return Optional.of(completed);
	}

	private static byte[] sha256(String nonce) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(nonce.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
