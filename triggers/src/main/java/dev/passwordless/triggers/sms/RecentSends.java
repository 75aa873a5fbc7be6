package dev.passwordless.triggers.sms;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The last {@value SmsDelivery#REMEMBERED} sends of this execution environment: how long
 * each took and whether it failed, for an imitation to copy one drawn at random
 * ({@link SmsDelivery#imitate}). Thread-safe.
 */
final class RecentSends {

	private final long[] nanos = new long[SmsDelivery.REMEMBERED];

	private final boolean[] failed = new boolean[SmsDelivery.REMEMBERED];

	private int count;

	private int next;

	/**
	 * Remembers a send, in place of the oldest once {@value SmsDelivery#REMEMBERED} are
	 * remembered.
	 */
	synchronized void note(Duration took, boolean failed) {
		this.nanos[this.next] = Math.max(0, took.toNanos());
		this.failed[this.next] = failed;
		this.next = (this.next + 1) % SmsDelivery.REMEMBERED;
		this.count = Math.min(this.count + 1, SmsDelivery.REMEMBERED);
	}

	/**
	 * One of the remembered sends, drawn at random; before the first, a send that took
	 * {@code firstGuess} and did not fail.
	 * @param random asked for the generator only when there is a send to draw
	 */
	synchronized Send draw(Supplier<? extends RandomGenerator> random, Duration firstGuess) {
		if (this.count == 0) {
			return new Send(firstGuess, false);
		}
		int drawn = random.get().nextInt(this.count);
		return new Send(Duration.ofNanos(this.nanos[drawn]), this.failed[drawn]);
	}

	/**
	 * A send as remembered.
	 *
	 * @param took how long it took
	 * @param failed whether it failed
	 */
	record Send(Duration took, boolean failed) {
	}

}
