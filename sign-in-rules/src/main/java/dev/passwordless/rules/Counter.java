package dev.passwordless.rules;

import java.time.Instant;

/**
 * A counter that may grow only up to a limit, e.g. the pool's SMS budget for one day, as
 * {@link SendLimitStore#replaceCounted} writes it together with a send history.
 *
 * @param key the counter's key
 * @param limit the highest value the counter may reach
 * @param expiresAt when the counter can be deleted
 * @param mark a value of the counter that the write marks as reported (e.g. an alarm
 * raised when the counter reached it), so that whoever reads the counter next
 * ({@link SendLimitStore#findCounted}) knows not to report it again; 0 marks nothing. A
 * store keeps the highest mark written, never a lower one, or keeps none (see
 * {@link SendLimitStore.CountedHistory#mark})
 */
public record Counter(String key, long limit, Instant expiresAt, long mark) {

	/**
	 * A counter written without a mark.
	 * @param key the counter's key
	 * @param limit the highest value the counter may reach
	 * @param expiresAt when the counter can be deleted
	 */
	public Counter(String key, long limit, Instant expiresAt) {
		this(key, limit, expiresAt, 0);
	}

}
