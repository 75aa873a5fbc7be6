package dev.passwordless.vaadin.security;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Sessions nobody has signed in to are short-lived and bounded in number: every new
 * session gets {@code passwordless.security.anonymous-session-timeout}, and past
 * {@code passwordless.security.max-anonymous-sessions} the oldest session nobody signed
 * in to ends to make room. A sign-in ({@link SignOutsEverywhere#signIn}) gives the
 * session the server's own timeout and takes it out of the count, so a visitor who loads
 * the sign-in page again and again can at worst end other visitors' unfinished sign-ins,
 * never a signed-in session, and the memory they cost stays bounded.
 */
public class SessionBounds implements HttpSessionListener {

	private final Duration anonymous;

	private final Duration signedIn;

	private final int maxAnonymous;

	/** The sessions nobody has signed in to, oldest first. */
	private final Map<String, HttpSession> anonymousSessions = new LinkedHashMap<>();

	SessionBounds(Duration anonymous, Duration signedIn, int maxAnonymous) {
		this.anonymous = anonymous;
		this.signedIn = signedIn;
		this.maxAnonymous = maxAnonymous;
	}

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		HttpSession session = event.getSession();
		session.setMaxInactiveInterval(seconds(this.anonymous));
		HttpSession oldest = null;
		synchronized (this.anonymousSessions) {
			this.anonymousSessions.put(session.getId(), session);
			if (this.anonymousSessions.size() > this.maxAnonymous) {
				Iterator<HttpSession> sessions = this.anonymousSessions.values().iterator();
				oldest = sessions.next();
				sessions.remove();
			}
		}
		if (oldest != null) {
			try {
				oldest.invalidate();
			}
			catch (IllegalStateException ex) {
				// it ended a moment ago anyway
			}
		}
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		synchronized (this.anonymousSessions) {
			this.anonymousSessions.remove(event.getSession().getId());
		}
	}

	/** A session that has just been signed in lives as long as the server says. */
	void signedIn(HttpSession session) {
		session.setMaxInactiveInterval(seconds(this.signedIn));
		synchronized (this.anonymousSessions) {
			this.anonymousSessions.values().remove(session);
		}
	}

	private static int seconds(Duration timeout) {
		return (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toSeconds()));
	}

}
