package dev.passwordless.vaadin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;

/**
 * Whether this browser is offered a passkey after a sign-in by code: yes, unless it said
 * "Not now" or added one here lately. The answer lives in a cookie of this browser only
 * (until when not to ask), as the question concerns this device alone; nothing is stored
 * on the server, and a changed cookie changes nothing but whether the offer appears.
 */
public class PasskeyOffers {

	/** The cookie's name. */
	public static final String COOKIE = "passwordless-passkey-offer";

	/** After a passkey was added here: as long as browsers keep a cookie. */
	static final Duration ADDED = KnownDevice.VALIDITY;

	private final Duration notNow;

	private final boolean secureCookie;

	private final Clock clock;

	/**
	 * @param notNow how long "Not now" holds
	 * @param secureCookie whether the cookie is sent over HTTPS only
	 */
	public PasskeyOffers(Duration notNow, boolean secureCookie, Clock clock) {
		this.notNow = notNow;
		this.secureCookie = secureCookie;
		this.clock = clock;
	}

	/** Whether the browser of this request is to be offered a passkey. */
	public boolean due(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return true;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				try {
					return !this.clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(cookie.getValue())));
				}
				catch (NumberFormatException ex) {
					return true;
				}
			}
		}
		return true;
	}

	/** The person said "Not now": not asked again here for a while. */
	public void declined(HttpServletResponse response) {
		postpone(response, this.notNow);
	}

	/** A passkey was made on this device: not asked again here. */
	public void added(HttpServletResponse response) {
		postpone(response, ADDED);
	}

	private void postpone(HttpServletResponse response, Duration duration) {
		ResponseCookie cookie = ResponseCookie
			.from(COOKIE, Long.toString(this.clock.instant().plus(duration).getEpochSecond()))
			.path("/")
			.maxAge(duration)
			.httpOnly(true)
			.secure(this.secureCookie)
			.sameSite("Lax")
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

}
