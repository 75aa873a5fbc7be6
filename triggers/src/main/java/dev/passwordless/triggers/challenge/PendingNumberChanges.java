package dev.passwordless.triggers.challenge;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The number change a person asked for, from the Pre authentication trigger to the Create
 * auth challenge trigger of the same {@code InitiateAuth} (decision 005):
 * {@code InitiateAuth} passes its {@code ClientMetadata} to Pre authentication only, so
 * Pre authentication {@linkplain #offer offers} the new number and Create's first round
 * {@linkplain #find finds} it ({@link NumberChangeOffers}). An offer stands for
 * {@link #LIFETIME}, the time in which Cognito may call Create for that round again
 * ({@link RetriedSteps}): each of its calls must find the same change. On AWS an item in
 * the send-limits table; an in-process host keeps it in memory
 * ({@link InMemoryPendingNumberChanges}).
 *
 * @see "docs/decisions/005-number-change-with-one-code.md"
 */
public interface PendingNumberChanges {

	/**
	 * How long an offer stands: Pre authentication and Create run in the same
	 * {@code InitiateAuth}, and Cognito calls Create again for that long.
	 */
	Duration LIFETIME = RetriedSteps.WINDOW;

	/**
	 * Offers a new number to the next first round of this user's sign-in.
	 * @param key a keyed hash of the pool and the user ({@link NumberChangeOffers})
	 * @param newPhoneNumber the new number, in E.164
	 * @param until when the offer lapses
	 */
	void offer(String key, String newPhoneNumber, Instant until);

	/**
	 * Reads the offer, strongly consistent.
	 * @param key a keyed hash of the pool and the user ({@link NumberChangeOffers})
	 * @param now the time the offer must not have lapsed by
	 * @return the new number, or empty when none stands
	 */
	Optional<String> find(String key, Instant now);

}
