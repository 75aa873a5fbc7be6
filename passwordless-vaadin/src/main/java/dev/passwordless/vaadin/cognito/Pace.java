package dev.passwordless.vaadin.cognito;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Makes an answer that takes a shorter path take as long as the usual one, so that its
 * time tells nothing: a SignUp for a number that is already registered (as long as one
 * that registers a new user), and a passkey refused without asking Cognito because
 * Cognito offered none for the number (as long as Cognito's answers to a credential). For
 * sign-ups: Cognito refuses the first without running the Pre sign-up trigger or storing
 * anything ({@code UsernameExistsException}, which the app does not show), so without
 * this the time of the registration step would tell a registered number from a new one.
 * It remembers how long the last {@value #REMEMBERED} new sign-ups and the last
 * {@value #REMEMBERED} refused ones took, and holds a refused one for the difference of
 * their medians: the refused path keeps its own variation (the same network, the same
 * service) and is shifted to the new path's median. (Holding it until a new sign-up drawn
 * at random would have ended, as the Create trigger's decoys do for a send they do not
 * make, would make it the later of two similar times, and so slower.) Before any new
 * sign-up was seen, a new one is taken to last {@link #FIRST_GUESS}. Thread-safe.
 */
final class Pace {

	static final int REMEMBERED = 32;

	/** Before the first new sign-up: about what one takes through the local pool. */
	static final Duration FIRST_GUESS = Duration.ofMillis(20);

	private final Recent created = new Recent();

	private final Recent refused = new Recent();

	private final Pause pause;

	private final LongSupplier nanoTime;

	/**
	 * @param pause how a refused sign-up waits
	 * @param nanoTime the monotonic time sign-ups are timed with
	 * ({@link System#nanoTime})
	 */
	Pace(Pause pause, LongSupplier nanoTime) {
		this.pause = pause;
		this.nanoTime = nanoTime;
	}

	/** The pace of this JVM: {@link System#nanoTime}, {@link Pause#precise}. */
	static Pace system() {
		return new Pace(Pause::precise, System::nanoTime);
	}

	/** When an answer starts, to pass to {@link #real} or {@link #held}. */
	long start() {
		return this.nanoTime.getAsLong();
	}

	/** An answer by the usual path (a new user registered, Cognito asked) ends now. */
	void real(long started) {
		this.created.add(this.nanoTime.getAsLong() - started);
	}

	/**
	 * An answer by the shorter path (a sign-up for a registered number refused, a passkey
	 * refused without Cognito) ends now: holds it for as long as the usual path typically
	 * takes longer.
	 */
	void held(long started) {
		long now = this.nanoTime.getAsLong();
		this.refused.add(now - started);
		long hold = this.created.median(FIRST_GUESS.toNanos()) - this.refused.median(0);
		if (hold <= 0) {
			return;
		}
		try {
			this.pause.until(now + hold);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The last {@value #REMEMBERED} durations of one kind. */
	private static final class Recent {

		private final long[] nanos = new long[REMEMBERED];

		private int count;

		private int next;

		synchronized void add(long duration) {
			this.nanos[this.next] = duration;
			this.next = (this.next + 1) % REMEMBERED;
			this.count = Math.min(this.count + 1, REMEMBERED);
		}

		synchronized long median(long whenEmpty) {
			if (this.count == 0) {
				return whenEmpty;
			}
			long[] sorted = Arrays.copyOf(this.nanos, this.count);
			Arrays.sort(sorted);
			return sorted[this.count / 2];
		}

	}

	/** How a refused sign-up waits; tests note the deadline instead. */
	@FunctionalInterface
	interface Pause {

		/** Sleeping ends this much late at worst on a busy machine; the rest is spun. */
		Duration SPIN = Duration.ofMillis(2);

		/** Waits until {@link System#nanoTime} reaches the deadline. */
		void until(long deadlineNanos) throws InterruptedException;

		/**
		 * Sleeps while more than {@link #SPIN} is left, then spins: a thread woken from a
		 * sleep runs late by up to a few milliseconds when the CPUs are busy, which alone
		 * would tell the two paths apart.
		 */
		static void precise(long deadlineNanos) throws InterruptedException {
			long left = deadlineNanos - System.nanoTime();
			while (left > SPIN.toNanos()) {
				Thread.sleep(Duration.ofNanos(left - SPIN.toNanos()));
				left = deadlineNanos - System.nanoTime();
			}
			while (System.nanoTime() - deadlineNanos < 0) {
				Thread.onSpinWait();
			}
		}

	}

}
