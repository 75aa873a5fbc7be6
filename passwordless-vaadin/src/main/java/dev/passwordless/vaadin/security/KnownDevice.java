package dev.passwordless.vaadin.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;

/**
 * A browser that has signed in as a number before: after each sign-in it gets a
 * long-lived cookie of a random id and a keyed hash of that id with the number, so
 * nothing is stored and the cookie proves only "this browser once signed in as this
 * number". A known device is not held to the anonymous per-number cap (strangers
 * requesting codes for someone's number cannot lock its owner out); it still meets the
 * cooldown and the ceiling for all requesters together.
 */
public class KnownDevice {

	/** The cookie's name. */
	public static final String COOKIE = "passwordless-device";

	/** As long as browsers keep a cookie (400 days in Chromium). */
	static final Duration VALIDITY = Duration.ofDays(400);

	private final MasterKey key;

	private final boolean secureCookie;

	private final SecureRandom random = new SecureRandom();

	KnownDevice(MasterKey key, boolean secureCookie) {
		this.key = key;
		this.secureCookie = secureCookie;
	}

	/** Marks the browser of this response as signed in as the number. */
	void remember(HttpServletResponse response, String phoneNumber) {
		byte[] id = new byte[16];
		this.random.nextBytes(id);
		String device = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
		ResponseCookie cookie = ResponseCookie.from(COOKIE, device + "." + proof(device, phoneNumber))
			.path("/")
			.maxAge(VALIDITY)
			.httpOnly(true)
			.secure(this.secureCookie)
			.sameSite("Lax")
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

	/** Whether the request comes from a browser that has signed in as the number. */
	public boolean isKnown(HttpServletRequest request, String phoneNumber) {
		Cookie[] cookies = (request != null) ? request.getCookies() : null;
		if (cookies == null || phoneNumber == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && proves(cookie.getValue(), phoneNumber)) {
				return true;
			}
		}
		return false;
	}

	private boolean proves(String value, String phoneNumber) {
		int dot = (value != null) ? value.indexOf('.') : -1;
		if (dot <= 0) {
			return false;
		}
		return MessageDigest.isEqual(value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII),
				proof(value.substring(0, dot), phoneNumber).getBytes(StandardCharsets.US_ASCII));
	}

	private String proof(String device, String phoneNumber) {
		return this.key.hash("known-device", device + "|" + phoneNumber);
	}

}
