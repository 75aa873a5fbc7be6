package dev.passwordless.triggers;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The send-limits table's requests that DynamoDB answers with "not now" (a transaction
 * that collided with another one, keys left unprocessed by throttling) are tried again
 * after a few milliseconds, up to {@value #TRIES} times in all.
 */
final class BackOff {

	/** How often a request is tried in all. */
	static final int TRIES = 4;

	private BackOff() {
	}

	/**
	 * A few milliseconds, growing and jittered, before a request is tried again.
	 * @param tried how often it was tried so far
	 */
	static void pause(int tried) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << tried));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
