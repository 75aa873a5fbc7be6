package dev.passwordless.triggers.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The one way a code leaves: {@link #send} hands the SMS to the sender and notes how long
 * that took and whether it failed; {@link #imitate} sends nothing but takes as long, and
 * fails as often, as one of the recent sends, drawn at random. A request for a number
 * that gets no code (unknown, or refused) thereby costs what a sent code costs, so its
 * timing does not tell the two apart.
 *
 * <p>
 * The last {@value #REMEMBERED} sends of this execution environment are remembered;
 * before the first one, an imitation waits {@link #FIRST_GUESS}. A wait asks for a little
 * less than it should take, by how much the pause has lately overslept (thread wake-up),
 * so that it ends when a send would. Thread-safe (a local host calls one handler from
 * many threads).
 *
 * <p>
 * Both take a {@link Checkpoint}, reached at the same point of a send and of its
 * imitation: once the send has been under way for a given time, or when it ends. A send
 * cut short because the invocation itself was ended (the host's time-out interrupts it)
 * is not remembered: on Lambda the execution environment goes with it.
 *
 * @see "docs/decisions/001-same-answer-for-every-number.md"
 */
public final class SmsDelivery {

	/** How many recent sends the imitation draws from. */
	static final int REMEMBERED = 32;

	/** What an imitation waits before any send was observed. */
	static final Duration FIRST_GUESS = Duration.ofMillis(30);

	private final SmsSender sender;

	private final Pause pause;

	private final Clock clock;

	private final Supplier<? extends RandomGenerator> random;

	private final RecentSends recent = new RecentSends();

	/**
	 * How much longer than asked the pause sleeps, on average lately (thread wake-up).
	 */
	private long overshootNanos;

	/**
	 * @param sender where codes really go
	 * @param pause how an imitation waits
	 * @param clock the time source the sends are timed with
	 * @param random which recent send an imitation copies
	 */
	public SmsDelivery(SmsSender sender, Pause pause, Clock clock, RandomGenerator random) {
		this(sender, pause, clock, () -> random);
	}

	/**
	 * @param sender where codes really go
	 * @param pause how an imitation waits
	 * @param clock the time source the sends are timed with
	 * @param random asked at each imitation for the generator that picks the send it
	 * copies (renewed after a SnapStart restore)
	 */
	public SmsDelivery(SmsSender sender, Pause pause, Clock clock, Supplier<? extends RandomGenerator> random) {
		this.sender = sender;
		this.pause = pause;
		this.clock = clock;
		this.random = random;
	}

	/**
	 * Sends a text message and notes how long it took.
	 * @param phoneNumber the E.164 destination
	 * @param text the message
	 * @throws SmsDeliveryException when the message could not be handed to the carrier
	 */
	public void send(String phoneNumber, String text) {
		send(phoneNumber, text, Duration.ZERO, Checkpoint.NONE);
	}

	/**
	 * Sends a text message, notes how long it took, and reaches the checkpoint once: from
	 * another thread when the send is still under way after {@code after}, otherwise when
	 * it ends (before this returns, either way).
	 * @param phoneNumber the E.164 destination
	 * @param text the message
	 * @param after how long the send may take before the checkpoint is reached under way
	 * @param checkpoint what to do then
	 * @throws SmsDeliveryException when the message could not be handed to the carrier
	 */
	public void send(String phoneNumber, String text, Duration after, Checkpoint checkpoint) {
		CheckpointOnce once = new CheckpointOnce(checkpoint);
		CountDownLatch ended = new CountDownLatch(1);
		if (checkpoint != Checkpoint.NONE) {
			Thread.ofVirtual().name("sms-checkpoint").start(() -> {
				try {
					if (!ended.await(after.toNanos(), TimeUnit.NANOSECONDS)) {
						once.reach(true);
					}
				}
				catch (InterruptedException ex) {
					// nothing to do: the send ends the wait
				}
			});
		}
		Instant start = this.clock.instant();
		try {
			this.sender.send(phoneNumber, text);
			this.recent.note(Duration.between(start, this.clock.instant()), false);
		}
		catch (SmsDeliveryException ex) {
			if (!Thread.currentThread().isInterrupted()) {
				this.recent.note(Duration.between(start, this.clock.instant()), true);
			}
			throw ex;
		}
		finally {
			ended.countDown();
			if (!Thread.currentThread().isInterrupted()) {
				once.reach(false);
				once.awaitReached();
			}
		}
	}

	/**
	 * Sends nothing, and takes as long as a recent send took.
	 * @throws SmsDeliveryException when the send imitated failed
	 */
	public void imitate() {
		imitate(Duration.ZERO, Checkpoint.NONE);
	}

	/**
	 * Sends nothing, takes as long as a recent send took, and reaches the checkpoint
	 * where that send would have: after {@code after} when it takes longer, otherwise at
	 * its end.
	 * @param after how long the imitated send may take before the checkpoint is reached
	 * under way
	 * @param checkpoint what to do then
	 * @throws SmsDeliveryException when the send imitated failed (after the checkpoint)
	 */
	public void imitate(Duration after, Checkpoint checkpoint) {
		imitate(after, checkpoint, true);
	}

	/**
	 * Like {@link #imitate(Duration, Checkpoint)}; a send imitated for a step that was
	 * already called (Cognito's retry, or what cannot be told from one) never fails: for
	 * a registered number its code is already under way, and every number's retry is
	 * answered alike.
	 * @param mayFail whether a failed send drawn is imitated as a failure
	 */
	public void imitate(Duration after, Checkpoint checkpoint, boolean mayFail) {
		RecentSends.Send imitated = this.recent.draw(this.random, FIRST_GUESS);
		Duration asked = imitated.took().minusNanos(overshootNanos());
		Duration paused;
		if (checkpoint != Checkpoint.NONE && asked.compareTo(after) > 0) {
			paused = paused(after);
			checkpoint.reached(true);
			paused = paused.plus(paused(asked.minus(after)));
		}
		else {
			paused = paused(asked);
			checkpoint.reached(false);
		}
		noteOvershoot(paused.minus(asked));
		if (mayFail && imitated.failed()) {
			throw new SmsDeliveryException(new RuntimeException("imitated"));
		}
	}

	/** Pauses, and says for how long it did. */
	private Duration paused(Duration duration) {
		Instant start = this.clock.instant();
		this.pause.pause(duration);
		return Duration.between(start, this.clock.instant());
	}

	private synchronized long overshootNanos() {
		return this.overshootNanos;
	}

	/** A moving average over about the last eight waits, never below zero. */
	private synchronized void noteOvershoot(Duration overshoot) {
		this.overshootNanos = Math.max(0, this.overshootNanos + (overshoot.toNanos() - this.overshootNanos) / 8);
	}

}
