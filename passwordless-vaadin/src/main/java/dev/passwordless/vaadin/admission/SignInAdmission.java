package dev.passwordless.vaadin.admission;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.passwordless.vaadin.login.ClientNetwork;
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
import org.springframework.web.util.UrlPathHelper;

/**
 * Admission control at the door: counts the requests this instance is working on and,
 * past {@link AdmissionProperties#busyAt()} of them, answers a browser that opens the
 * sign-in or registration page without a sign-in under way with a short page in its
 * language ("Sign-in is busy right now. Please try again in 10 seconds.", HTTP 503 with
 * {@code Retry-After}, a "Try again" link). Everything else goes on: the requests of
 * pages already open, the code page of a sign-in whose SMS went out, its completion, the
 * portal's own pages. So past its capacity the instance finishes the sign-ins it took
 * instead of queueing everyone until they give up, and sends no SMS for a sign-in whose
 * page would have answered too late.
 *
 * <p>
 * What counts: requests while a thread works on them (an asynchronous one, such as a long
 * poll, only until it goes asynchronous), but static files (they take no sign-in work)
 * and at most {@value #PER_CLIENT} at a time from one client (an IPv4 address, an IPv6
 * /64, as the limits count them), so that one client holding slow requests open cannot
 * close the door for everyone. Once turning people away, the door opens again only below
 * three quarters of the limit, so that it does not flap around it.
 *
 * <p>
 * It runs before Spring Security, so a turned-away browser costs no "stay signed in"
 * restore and no call to Cognito. One log line when it starts turning people away and one
 * when it takes them again; each one turned away is counted
 * ({@code passwordless.sign-ins.turned-away}), the requests in progress are a gauge
 * ({@code passwordless.admission.in-progress}).
 */
public class SignInAdmission extends OncePerRequestFilter {

	/** The most requests of one client that count at a time. */
	static final int PER_CLIENT = 4;

	private static final Log logger = LogFactory.getLog(SignInAdmission.class);

	/** The session attributes that mean a sign-in is under way in this browser. */
	private static final List<String> UNDER_WAY = List.of(SessionKeys.PENDING_SIGN_IN, SessionKeys.PENDING_PASSKEY,
			SessionKeys.UNCONFIRMED_ACCOUNT, SessionKeys.COMPLETED);

	private final AtomicInteger inProgress = new AtomicInteger();

	private final ConcurrentHashMap<String, Integer> perClient = new ConcurrentHashMap<>();

	private final AtomicLong turnedAway = new AtomicLong();

	private final AtomicBoolean turningAway = new AtomicBoolean();

	private final int busyAt;

	private final int openAgainAt;

	private final Duration retryAfter;

	private final List<String> doors;

	private final List<String> staticFiles;

	private final BusyPage page;

	private final SignInMetrics metrics;

	/**
	 * @param properties when to turn new sign-ins away, and for how long
	 * @param views where Vaadin's servlet is mapped ({@code vaadin.url-mapping}, e.g.
	 * {@code /*} or {@code /ui/*}), under which the sign-in's routes are
	 * @param page the page a turned-away browser gets
	 * @param metrics where each one turned away is counted
	 */
	SignInAdmission(AdmissionProperties properties, String views, BusyPage page, SignInMetrics metrics) {
		this.busyAt = properties.busyAt();
		this.openAgainAt = properties.busyAt() * 3 / 4;
		this.retryAfter = properties.retryAfter();
		String prefix = views.replaceFirst("/?\\*+$", "").replaceFirst("/$", "");
		this.doors = List.of(prefix + "/" + SignInRoutes.LOGIN, prefix + "/" + SignInRoutes.REGISTER);
		this.staticFiles = List.of(prefix + "/VAADIN/", SignInRoutes.STATIC.replace("**", ""), "/favicon.ico");
		this.page = page;
		this.metrics = metrics;
	}

	/** The requests this instance is working on now, as they count. */
	int inProgress() {
		return this.inProgress.get();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		if (this.staticFiles.stream().anyMatch(path::startsWith)) {
			chain.doFilter(request, response);
			return;
		}
		String client = ClientNetwork.of(request.getRemoteAddr()).client();
		boolean counts = this.perClient.merge(client, 1, Integer::sum) <= PER_CLIENT;
		int working = counts ? this.inProgress.incrementAndGet() : this.inProgress.get();
		try {
			String door = newSignInDoor(request, path);
			if (door != null) {
				if (working > (this.turningAway.get() ? this.openAgainAt : this.busyAt)) {
					turnAway(request, response, working, door.equals(this.doors.get(1)));
					return;
				}
				openAgain(working);
			}
			chain.doFilter(request, response);
		}
		finally {
			if (counts) {
				this.inProgress.decrementAndGet();
			}
			this.perClient.computeIfPresent(client, (key, count) -> (count > 1) ? count - 1 : null);
		}
	}

	private void turnAway(HttpServletRequest request, HttpServletResponse response, int working, boolean registration)
			throws IOException {
		this.turnedAway.incrementAndGet();
		this.metrics.turnedAway();
		if (this.turningAway.compareAndSet(false, true)) {
			logger
				.warn("Turning new sign-ins away: " + working + " requests in progress (passwordless.admission.busy-at "
						+ this.busyAt + "); they are asked to try again in " + this.retryAfter.toSeconds() + " s");
		}
		this.page.write(request, response, this.retryAfter, registration);
	}

	private void openAgain(int working) {
		if (this.turningAway.compareAndSet(true, false)) {
			logger.info("Taking new sign-ins again (" + working + " requests in progress); "
					+ this.turnedAway.getAndSet(0) + " were turned away meanwhile");
		}
	}

	/**
	 * The door, when a browser opens the sign-in or registration page (a page load, not a
	 * view's own request) with no sign-in under way in its session; else null.
	 */
	private String newSignInDoor(HttpServletRequest request, String path) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return null;
		}
		String page = (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
		if (!this.doors.contains(page)) {
			return null;
		}
		HttpSession session = request.getSession(false);
		try {
			boolean underWay = session != null
					&& UNDER_WAY.stream().anyMatch((key) -> session.getAttribute(key) != null);
			return underWay ? null : page;
		}
		catch (IllegalStateException ended) {
			return page;
		}
	}

}
