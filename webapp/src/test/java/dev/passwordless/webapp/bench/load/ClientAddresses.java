package dev.passwordless.webapp.bench.load;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * An address of its own for each person, from 198.18.0.0/15, the block kept for
 * benchmarks (RFC 2544). They only ever appear in {@code X-Forwarded-For}, which the app
 * reads from its trusted proxy (this driver, on 127.0.0.1): nothing is sent to them.
 */
final class ClientAddresses {

	private static final int BLOCK = 1 << 17;

	private final AtomicInteger next = new AtomicInteger(1);

	String next() {
		int index = this.next.getAndIncrement() % BLOCK;
		return "198." + (18 + (index >> 16)) + "." + ((index >> 8) & 0xff) + "." + (index & 0xff);
	}

}
