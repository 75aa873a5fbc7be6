package dev.passwordless.triggers.challenge;

import java.util.Optional;

/**
 * Where Create keeps the challenge of each sign-in step while Cognito may call it again
 * for that step. Every write is a compare-and-set, so that of two calls for one step only
 * one hands its challenge out again. On AWS this is an item in the send-limits table; an
 * in-process host keeps it in memory.
 */
public interface IssuedStepStore {

	/**
	 * Reads a step, strongly consistent.
	 * @param key a keyed hash of the step, never a user name or number
	 * @return the step, or empty when none is kept
	 */
	Optional<IssuedStep> find(String key);

	/**
	 * Writes a step if the stored one is still the one read.
	 * @param key the step's keyed hash
	 * @param expected what {@link #find} returned; empty means the key must be absent
	 * @param next the new record, with a version one above the expected one
	 * @return false, writing nothing, when another write came first
	 */
	boolean replace(String key, Optional<IssuedStep> expected, IssuedStep next);

}
