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
	 * Reads a history and a counter together, both strongly consistent: one request where
	 * the store can (DynamoDB: one {@code BatchGetItem}), so that a caller that needs the
	 * counter's value as well (the Create trigger, for the day's budget) makes no more
	 * requests than one that does not.
	 * <p>
	 * The default reads them one after the other and reports the counter's value as its
	 * mark, as a store that keeps no marks must ({@link CountedHistory#mark}).
	 * @param key the history's key, a keyed hash
	 * @param counterKey the counter's key
	 * @return the history, the counter's value and its mark
	 */
	default CountedHistory findCounted(String key, String counterKey) {
		Optional<SendHistory> history = find(key);
		long count = count(counterKey);
		return new CountedHistory(history, count, count);
	}

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
	 * Writes a history if the stored one is still the one read and, in the same write,
	 * adds one to a counter below its limit ({@code add}) or only checks that it is below
	 * it. A store that can should make this one atomic request, so that a send is
	 * recorded and counted in one round trip and never one without the other (DynamoDB:
	 * one {@code TransactWriteItems}); then nothing is written unless both conditions
	 * hold.
	 * <p>
	 * A store that keeps marks raises the counter's mark to {@link Counter#mark} in the
	 * same write (never lowers it), when the write happens.
	 * <p>
	 * The default makes the two writes one after the other: {@link #replace}, then
	 * {@link #increment} or {@link #isBelow}, and keeps no mark. The limits hold the same
	 * under concurrency, but the history stays written when the counter is at its limit.
	 * @param key the history's key, a keyed hash
	 * @param expected what {@link #find} returned; empty means the key must be absent
	 * @param next the new history, with a version one above the expected one
	 * @param counter the counter written with it
	 * @param add whether to add one to the counter, or only check it (a write that
	 * changes nothing, at the same cost)
	 * @return {@link WriteOutcome#WRITTEN}; {@link WriteOutcome#HISTORY_CHANGED} when
	 * another write came first, nothing written; {@link WriteOutcome#COUNTER_AT_LIMIT}
	 * when the counter has reached its limit, nothing counted
	 */
	default WriteOutcome replaceCounted(String key, Optional<SendHistory> expected, SendHistory next, Counter counter,
			boolean add) {
		if (!replace(key, expected, next)) {
			return WriteOutcome.HISTORY_CHANGED;
		}
		boolean below = add ? increment(counter.key(), counter.limit(), counter.expiresAt())
				: isBelow(counter.key(), counter.limit(), counter.expiresAt());
		return below ? WriteOutcome.WRITTEN : WriteOutcome.COUNTER_AT_LIMIT;
	}

	/**
	 * Reads a counter, strongly consistent.
	 * @param key the counter's key
	 * @return its value, 0 when absent
	 */
	long count(String key);

	/**
	 * What {@link #findCounted} read.
	 *
	 * @param history the stored history, or empty when there is none
	 * @param count the counter's value, 0 when absent
	 * @param mark the highest {@link Counter#mark} written to the counter, 0 when none; a
	 * store that keeps no marks reports {@code count}, as if every value up to it had
	 * been reported: a caller that reports each value once then reports only the values
	 * its own writes reach, which is exact as long as no two writes overlap
	 */
	record CountedHistory(Optional<SendHistory> history, long count, long mark) {

	}

	/** What {@link #replaceCounted} did. */
	enum WriteOutcome {

		/** The history is written and the counter counted (or checked). */
		WRITTEN,

		/** Another write of the history came first; nothing was counted. */
		HISTORY_CHANGED,

		/** The counter has reached its limit; nothing was counted. */
		COUNTER_AT_LIMIT

	}

}
