package dev.passwordless.triggers.sms;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A checkpoint reached once, by whichever thread comes first; the other waits until it
 * has been reached
 * ({@link SmsDelivery#send(String, String, java.time.Duration, Checkpoint)}).
 */
final class CheckpointOnce {

	private final Checkpoint checkpoint;

	private final AtomicBoolean claimed = new AtomicBoolean();

	private final CountDownLatch reached = new CountDownLatch(1);

	CheckpointOnce(Checkpoint checkpoint) {
		this.checkpoint = checkpoint;
	}

	void reach(boolean underWay) {
		if (this.claimed.compareAndSet(false, true)) {
			try {
				this.checkpoint.reached(underWay);
			}
			finally {
				this.reached.countDown();
			}
		}
	}

	void awaitReached() {
		try {
			this.reached.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
