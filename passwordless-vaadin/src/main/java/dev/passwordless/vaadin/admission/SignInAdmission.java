package dev.passwordless.vaadin.admission;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.passwordless.vaadin.operations.SignInMetrics;
import dev.passwordless.vaadin.security.SessionKeys;
import dev.passwordless.vaadin.security.SignInRoutes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admission control at the door: counts the requests this instance is working on and,
 * from {@link AdmissionProperties#busyAt()} of them, answers a browser that opens the
 * sign-in or registration page without a sign-in in progress with a short page in its
 * language ("Sign-in is busy right now. Please try again in 10 seconds.", HTTP 503 with
 * {@code Retry-After}, a "Try again" link). Everything else goes on: the requests of
 * pages already open, the code page of a sign-in whose SMS went out, its completion, the
 * portal's own pages. So past its capacity the instance finishes the sign-ins it took
 * instead of queueing everyone until they give up, and sends no SMS for a sign-in whose
 * page would have answered too late.
 *
 * <p>
 * It runs before Spring Security, so a turned-away browser costs no session, no "stay
 * signed in" restore and no call to Cognito. One log line when it starts turning people
 * away and one when it stops; each one turned away is counted
 * ({@code passwordless.sign-ins.turned-away}).
 */
public class SignInAdmission extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(SignInAdmission.class);

	/** The session attributes that mean a sign-in is in progress in this browser. */
	private static final List<String> IN_PROGRESS = List.of(SessionKeys.PENDING_SIGN_IN, SessionKeys.PENDING_PASSKEY,
			SessionKeys.UNCONFIRMED_ACCOUNT, SessionKeys.COMPLETED);

	private static final List<String> DOORS = List.of("/" + SignInRoutes.LOGIN, "/" + SignInRoutes.REGISTER);

	private final AtomicInteger inProgress = new AtomicInteger();

	private final AtomicBoolean turningAway = new AtomicBoolean();

	private final AtomicLong turnedAway = new AtomicLong();

	private final int busyAt;

	private final Duration retryAfter;

	private final BusyPage page;

	private final SignInMetrics metrics;

	/**
	 * @param properties when to turn new sign-ins away, and for how long
	 * @param page the page a turned-away browser gets
	 * @param metrics where each one turned away is counted
	 */
	public SignInAdmission(AdmissionProperties properties, BusyPage page, SignInMetrics metrics) {
		this.busyAt = properties.busyAt();
		this.retryAfter = properties.retryAfter();
		this.page = page;
		this.metrics = metrics;
	}

	/** The requests this instance is working on now. */
	public int inProgress() {
		return this.inProgress.get();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		int working = this.inProgress.incrementAndGet();
		try {
			if (isNewSignIn(request)) {
				if (working > this.busyAt) {
					turnAway(request, response, working);
					return;
				}
				takeAgain();
			}
			chain.doFilter(request, response);
		}
		finally {
			this.inProgress.decrementAndGet();
		}
	}

	private void turnAway(HttpServletRequest request, HttpServletResponse response, int working) throws IOException {
		this.turnedAway.incrementAndGet();
		this.metrics.turnedAway();
		if (this.turningAway.compareAndSet(false, true)) {
			logger
				.warn("Turning new sign-ins away: " + working + " requests in progress (passwordless.admission.busy-at "
						+ this.busyAt + "); they are asked to try again in " + this.retryAfter.toSeconds() + " s");
		}
		this.page.write(request, response, this.retryAfter);
	}

	private void takeAgain() {
		if (this.turningAway.compareAndSet(true, false)) {
			logger.info("Taking new sign-ins again; " + this.turnedAway.getAndSet(0) + " were turned away meanwhile");
		}
	}

	/**
	 * A browser opening the sign-in or registration page (a page load, not a view's own
	 * request) with no sign-in in progress in its session.
	 */
	private static boolean isNewSignIn(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		if (!DOORS.contains(path)) {
			return false;
		}
		HttpSession session = request.getSession(false);
		try {
			return session == null || IN_PROGRESS.stream().noneMatch((key) -> session.getAttribute(key) != null);
		}
		catch (IllegalStateException ended) {
			return true;
		}
	}

}
