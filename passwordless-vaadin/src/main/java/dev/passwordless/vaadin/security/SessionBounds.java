package dev.passwordless.vaadin.security;

import java.time.Duration;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Sessions nobody has signed in to are short-lived: every new session gets
 * {@code passwordless.security.anonymous-session-timeout}, and a sign-in
 * ({@link SignOutsEverywhere#signIn}) gives it the server's own timeout. A visitor who
 * loads the sign-in page again and again leaves sessions that end within minutes, not
 * half an hour; the number of sessions an instance keeps is capped as well
 * ({@code passwordless.security.max-sessions}, on Tomcat).
 */
public class SessionBounds implements HttpSessionListener {

	private final Duration anonymous;

	private final Duration signedIn;

	SessionBounds(Duration anonymous, Duration signedIn) {
		this.anonymous = anonymous;
		this.signedIn = signedIn;
	}

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		event.getSession().setMaxInactiveInterval(seconds(this.anonymous));
	}

	/** A session that has just been signed in lives as long as the server says. */
	void signedIn(HttpSession session) {
		session.setMaxInactiveInterval(seconds(this.signedIn));
	}

	private static int seconds(Duration timeout) {
		return (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toSeconds()));
	}

}
