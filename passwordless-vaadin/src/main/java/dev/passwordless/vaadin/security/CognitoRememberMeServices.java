package dev.passwordless.vaadin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.operations.SignInMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;

/**
 * "Stay signed in on this device" with Spring Security's persistent remember-me: a cookie
 * with a series (the device) and a token that changes on every use; a token that is not
 * the series' current one (nor the one it replaced less than {@link #ROTATION_GRACE} ago,
 * presented by the same browser) means the cookie was copied, and every record of that
 * user is deleted (theft detection). A returning browser without a session is signed in
 * by a Cognito refresh with the record's refresh token ({@code REFRESH_TOKEN_AUTH}), its
 * tokens verified as at sign-in: no SMS. A refresh Cognito refuses deletes the record; a
 * record never outlives its refresh token, nor the cookie its record.
 */
public class CognitoRememberMeServices extends PersistentTokenBasedRememberMeServices {

	/** The request attribute with the tokens of a restored sign-in. */
	static final String RESTORED_TOKENS = CognitoRememberMeServices.class.getName() + ".tokens";

	private static final String EXPIRES = CognitoRememberMeServices.class.getName() + ".expires";

	/**
	 * The request attribute with the series of the device this request signed in to, or
	 * stayed signed in on.
	 */
	static final String SERIES = CognitoRememberMeServices.class.getName() + ".series";

	/**
	 * How long after a rotation the token it replaced still signs in (without rotating
	 * again) rather than counting as a copied cookie: requests that left the browser
	 * before the new cookie came back. The "grace period" of refresh-token rotation at
	 * Okta, 30 seconds by default there too.
	 */
	public static final Duration ROTATION_GRACE = Duration.ofSeconds(30);

	private final RememberMeRecords records;

	private final RefreshedSignIn refresh;

	private final RestoreOutcomes outcomes;

	private final SignOutsEverywhere signOuts;

	private final Clock clock;

	private final Duration validity;

	CognitoRememberMeServices(RememberMeRecords records, MasterKey key, RememberMeProperties properties,
			boolean secureCookie, RefreshedSignIn refresh, SignInMetrics metrics, SignOutsEverywhere signOuts,
			Clock clock, AuditTrail audit) {
		super(key.hash("remember-me", "spring-security-key"),
				(username) -> User.withUsername(username).password("").authorities(List.of()).build(), records);
		this.records = records;
		this.refresh = refresh;
		this.outcomes = new RestoreOutcomes(metrics, audit);
		this.signOuts = signOuts;
		this.clock = clock;
		this.validity = properties.validity();
		setTokenValiditySeconds((int) properties.validity().toSeconds());
		setCookieName(properties.cookieName());
		if (secureCookie) {
			setUseSecureCookie(true);
		}
		setCookieCustomizer((cookie) -> cookie.setAttribute("SameSite", "Lax"));
	}

	/**
	 * After a sign-in by code with "Stay signed in" ticked: a new series for this device,
	 * its record with the encrypted refresh token, and the cookie.
	 */
	void remember(HttpServletRequest request, HttpServletResponse response, CognitoTokens tokens) {
		String series = generateSeriesData();
		String token = generateTokenData();
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.validity);
		this.records.removeExpired(now);
		this.records.create(series, tokens.username(), token, now, expiresAt, tokens.refreshToken(),
				request.getHeader("User-Agent"));
		request.setAttribute(EXPIRES, expiresAt);
		request.setAttribute(SERIES, series);
		setCookie(new String[] { series, token }, getTokenValiditySeconds(), request, response);
	}

	/**
	 * Signs out every device of a user: deletes their records, and ends their sessions
	 * signed in until now on every instance.
	 */
	void forgetEverywhere(String username) {
		this.records.removeUserTokens(username);
		this.signOuts.signedOutEverywhere(username);
	}

	@Override
	protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request,
			HttpServletResponse response) {
		if (cookieTokens.length != 2) {
			throw new InvalidCookieException("Cookie token did not contain 2 tokens");
		}
		String series = cookieTokens[0];
		RememberMeRecords.Stored stored = stored(series, request);
		if (!this.clock.instant().isBefore(stored.expiresAt())) {
			this.records.remove(series);
			this.outcomes.refused(request, stored.username(), "expired");
			throw new RememberMeAuthenticationException("Remember-me record expired");
		}
		PresentedToken presented = available(
				() -> this.records.presented(series, cookieTokens[1], this.clock.instant().minus(ROTATION_GRACE)));
		if (presented == PresentedToken.STALE
				|| (presented == PresentedToken.JUST_REPLACED && !stored.madeFor(request.getHeader("User-Agent")))) {
			// Spring Security's theft detection: every record of the user goes
			try {
				super.processAutoLoginCookie(hashed(cookieTokens), request, response);
			}
			catch (CookieTheftException ex) {
				this.refresh.revoke(stored.refreshToken());
				// the session whoever used the cookie first may have opened ends too
				available(() -> {
					this.signOuts.signedOutEverywhere(stored.username());
					return null;
				});
				this.outcomes.theft(request, stored.username());
				throw ex;
			}
		}
		Restored restored;
		try {
			restored = this.refresh.restore(stored.username(), stored.refreshToken());
		}
		catch (RefreshedSignIn.Refused ex) {
			this.records.remove(series);
			this.outcomes.refused(request, stored.username(), "refused");
			throw new RememberMeAuthenticationException(ex.getMessage());
		}
		request.setAttribute(EXPIRES, stored.expiresAt());
		request.setAttribute(SERIES, series);
		String next = generateTokenData();
		if (presented == PresentedToken.CURRENT
				&& available(() -> this.records.rotate(series, cookieTokens[1], next, this.clock.instant()))) {
			setCookie(new String[] { series, next }, getTokenValiditySeconds(), request, response);
		}
		// else another request with this same cookie (a page's poll and a reload, tabs
		// restored together, a retry) rotated it a moment ago: this one is signed in
		// too, and the browser keeps the newer cookie; the replaced token after the
		// grace period is caught above as theft
		this.outcomes.restored(request, restored.user());
		return restored;
	}

	@Override
	protected Authentication createSuccessfulAuthentication(HttpServletRequest request, UserDetails user) {
		Restored restored = (Restored) user;
		request.setAttribute(RESTORED_TOKENS, restored.tokens());
		return new CognitoAuthentication(restored.user());
	}

	/** The cookie lives no longer than its record. */
	@Override
	protected void setCookie(String[] tokens, int maxAge, HttpServletRequest request, HttpServletResponse response) {
		int capped = maxAge;
		if (maxAge > 0 && request.getAttribute(EXPIRES) instanceof Instant expiresAt) {
			capped = (int) Math.max(1, Math.min(maxAge, Duration.between(this.clock.instant(), expiresAt).toSeconds()));
		}
		super.setCookie(tokens, capped, request, response);
	}

	/**
	 * Signing out this device deletes its record only (Spring Security's own deletes
	 * every device of the user: that is {@link SignOut#signOutEverywhere()}).
	 */
	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		series(request).ifPresent(this.records::remove);
		cancelCookie(request, response);
	}

	private Optional<String> series(HttpServletRequest request) {
		String cookie = extractRememberMeCookie(request);
		if (cookie == null || cookie.isEmpty()) {
			return Optional.empty();
		}
		try {
			String[] tokens = decodeCookie(cookie);
			return (tokens.length == 2) ? Optional.of(tokens[0]) : Optional.empty();
		}
		catch (InvalidCookieException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The series' record: none is a cookie to forget; one whose refresh token does not
	 * decrypt (the key changed) is deleted and forgotten too.
	 */
	private RememberMeRecords.Stored stored(String series, HttpServletRequest request) {
		Optional<RememberMeRecords.Stored> stored;
		try {
			stored = available(() -> this.records.find(series));
		}
		catch (RememberMeRecords.Unreadable ex) {
			this.records.remove(series);
			this.outcomes.refused(request, null, "unreadable");
			throw new RememberMeAuthenticationException("The record's refresh token cannot be read with this key");
		}
		return stored.orElseThrow(() -> new RememberMeAuthenticationException("No remember-me record for this series"));
	}

	/**
	 * A read or write of the records; a database that cannot be reached leaves the
	 * browser signed out this time, its cookie kept.
	 */
	private static <T> T available(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (DataAccessException ex) {
			throw new PoolUnavailable();
		}
	}

	/** The cookie's tokens with the token as the records keep it, its SHA-256. */
	private static String[] hashed(String[] cookieTokens) {
		String[] hashed = Arrays.copyOf(cookieTokens, 2);
		hashed[1] = RememberMeRecords.hash(cookieTokens[1]);
		return hashed;
	}

}
