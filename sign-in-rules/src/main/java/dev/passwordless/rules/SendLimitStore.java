package dev.passwordless.rules;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the SMS send limits keep their state. Every write is a compare-and-set, so limits
 * hold when many sign-ins for one number run at once. On AWS this is a DynamoDB table;
 * the local Cognito brings one in its own database.
 */
public interface SendLimitStore {

	/**
	 * Reads the history under a key, strongly consistent.
	 * @param key a keyed hash, never a phone number
	 * @return the stored history, or empty when there is none
	 */
	Optional<SendHistory> find(String key);

	/**
	 * Writes a history if the stored one is still the one read.
	 * @param key a keyed hash
	 * @param expected what {@link #find} returned; empty means the key must be absent
	 * @param next the new history, with a version one above the expected one
	 * @return false, writing nothing, when another write came first
	 */
	boolean replace(String key, Optional<SendHistory> expected, SendHistory next);

	/**
	 * Adds one to a counter unless it has reached a limit.
	 * @param key the counter's key
	 * @param limit the highest value the counter may reach
	 * @param expiresAt when the counter can be deleted
	 * @return whether one was added
	 */
	boolean increment(String key, long limit, Instant expiresAt);

	/**
	 * Whether a counter is below a limit, without adding to it. For callers that must
	 * check a limit in one place and count against it in another at the same cost (the
	 * Create trigger's decoys check the daily budget without spending it): a store should
	 * answer with the same kind of request as {@link #increment}, e.g. a conditional
	 * write that changes nothing. The default reads the counter.
	 * @param key the counter's key
	 * @param limit the highest value the counter may reach
	 * @param expiresAt when the counter can be deleted, as {@link #increment} would set
	 * it
	 * @return whether {@link #increment} would have added one
	 */
	default boolean isBelow(String key, long limit, Instant expiresAt) {
		return count(key) < limit;
	}

	/**
	 * Reads a counter, strongly consistent.
	 * @param key the counter's key
	 * @return its value, 0 when absent
	 */
	long count(String key);

}
