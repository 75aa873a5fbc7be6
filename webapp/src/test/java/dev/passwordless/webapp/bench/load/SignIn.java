package dev.passwordless.webapp.bench.load;

import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import dev.passwordless.testing.sms.Outbox;
import dev.passwordless.webapp.bench.load.vaadin.Browser;
import dev.passwordless.webapp.bench.load.vaadin.TurnedAway;
import dev.passwordless.webapp.bench.load.vaadin.UnexpectedAnswer;

/**
 * One person's complete sign-in in a browser of their own: the sign-in page, "Send code",
 * the code page (its script's answer, then a poll a second while they read the SMS and
 * type), the code, the completion and the home page. Each step is timed from the request
 * to the whole answer, as the person waits for it.
 */
final class SignIn {

	/** How many times a person turned away comes back. */
	static final int PATIENCE = 3;

	private final Browser browser;

	private final String phone;

	private final Outbox outbox;

	private final Duration readingTime;

	private final boolean stayOnHome;

	private final Map<Step, Long> stepNanos = new EnumMap<>(Step.class);

	private final List<Long> pollNanos = new ArrayList<>();

	private Step current = Step.LOGIN_PAGE;

	private int turnedAway;

	private long awayNanos;

	/**
	 * @param readingTime how long the person takes to read the code and type it, the code
	 * page polling once a second meanwhile
	 * @param stayOnHome whether the home page stays open (else the tab is closed)
	 */
	SignIn(Browser browser, String phone, Outbox outbox, Duration readingTime, boolean stayOnHome) {
		this.browser = browser;
		this.phone = phone;
		this.outbox = outbox;
		this.readingTime = readingTime;
		this.stayOnHome = stayOnHome;
	}

	Outcome run() {
		long started = System.nanoTime();
		try {
			LoginPage login = openLoginPage();
			CodePage code = timed(Step.SEND_CODE, () -> login.sendCode(this.phone));
			timed(Step.CODE_PAGE, code::answerItsScript);
			// the person's phone: not the app's time
			String sms = this.outbox.latestCode(this.phone);
			readAndType(code);
			String location = timed(Step.SUBMIT_CODE, () -> code.submit(sms));
			code.leave();
			String route = timed(Step.COMPLETE, () -> HomePage.complete(this.browser, location));
			HomePage home = timed(Step.HOME, () -> HomePage.open(this.browser, route));
			if (!this.stayOnHome) {
				home.leave();
			}
			return outcome(Outcome.Kind.COMPLETED, "", started, this.stayOnHome ? Optional.of(home) : Optional.empty());
		}
		catch (Refused refused) {
			return outcome(refused.withWait() ? Outcome.Kind.REFUSED_WITH_WAIT : Outcome.Kind.LOST,
					refused.getMessage(), started, Optional.empty());
		}
		catch (UncheckedIOException ex) {
			String reason = (ex.getCause() instanceof HttpTimeoutException) ? "no answer in time" : ex.getMessage();
			return outcome(Outcome.Kind.LOST, reason, started, Optional.empty());
		}
		catch (UnexpectedAnswer | AssertionError ex) {
			// AssertionError: the outbox has no SMS for the number
			return outcome(Outcome.Kind.LOST, ex.getMessage(), started, Optional.empty());
		}
	}

	/**
	 * The sign-in page; when the app turns it away because it is busy, the person waits
	 * as long as it says, and up to half again, then clicks "Try again"; after
	 * {@value #PATIENCE} such returns they leave (refused with a wait).
	 */
	private LoginPage openLoginPage() {
		long first = System.nanoTime();
		while (true) {
			try {
				LoginPage page = timed(Step.LOGIN_PAGE, () -> LoginPage.open(this.browser));
				this.awayNanos = System.nanoTime() - first - this.stepNanos.get(Step.LOGIN_PAGE);
				return page;
			}
			catch (TurnedAway busy) {
				this.turnedAway++;
				if (this.turnedAway > PATIENCE) {
					this.awayNanos = System.nanoTime() - first;
					throw new Refused(busy.getMessage());
				}
				// the person's own wait: the one the page names, and up to half again
				long wait = busy.retryAfter().toNanos();
				LockSupport.parkNanos(wait + ThreadLocalRandom.current().nextLong(wait / 2 + 1));
			}
		}
	}

	/** A poll a second while the person reads the SMS and types the code. */
	private void readAndType(CodePage code) {
		this.current = Step.CODE_PAGE_POLL;
		long until = System.nanoTime() + this.readingTime.toNanos();
		long next = System.nanoTime() + Duration.ofSeconds(1).toNanos();
		while (next <= until) {
			LockSupport.parkNanos(next - System.nanoTime());
			long start = System.nanoTime();
			code.poll();
			this.pollNanos.add(System.nanoTime() - start);
			next += Duration.ofSeconds(1).toNanos();
		}
		LockSupport.parkNanos(until - System.nanoTime());
	}

	private void timed(Step step, Runnable action) {
		timed(step, () -> {
			action.run();
			return null;
		});
	}

	private <T> T timed(Step step, Supplier<T> action) {
		this.current = step;
		long start = System.nanoTime();
		T result = action.get();
		this.stepNanos.put(step, System.nanoTime() - start);
		return result;
	}

	private Outcome outcome(Outcome.Kind kind, String reason, long started, Optional<HomePage> home) {
		return new Outcome(this.phone, kind, this.current, reason, started, Map.copyOf(this.stepNanos),
				List.copyOf(this.pollNanos), home, this.turnedAway, this.awayNanos);
	}

}
