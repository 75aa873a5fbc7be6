package dev.passwordless.triggers.challenge;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.crypto.SecretKey;

import dev.passwordless.triggers.settings.Secrets;
import dev.passwordless.triggers.sms.SmsDeliveryException;

/**
 * Cognito's retries of Create for one sign-in step. Cognito calls a trigger that has not
 * answered within {@link #COGNITO_TIMEOUT} again with the same event, up to
 * {@link #ATTEMPTS} times (docs/cognito-custom-auth.md, section 10). The attempt it
 * stopped waiting for may have sent its SMS (SNS carries out a publish it received), so a
 * retry must hand out the same challenge, send nothing and count nothing.
 *
 * <p>
 * Nothing in the event tells a retry from a new request for the same step: both carry the
 * same user name and session history (InitiateAuth passes no client metadata, and a new
 * Cognito session is not visible to the triggers). What differs is time and what the
 * first attempt left behind. So a step is kept under a keyed hash of the user name and
 * the session history ({@link #read}), once per Create: with its challenge when the send
 * was still under way after {@link #slowAfter} (a retry may come), without one otherwise
 * (the answer went back in time: no retry comes, and a new request is a new request,
 * refused by the cooldown like any other). A kept challenge is handed out again within
 * {@link #WINDOW} of the first, at most {@link #ATTEMPTS} times in all, so a code that
 * went out slowly answers no more sessions than Cognito's attempts.
 *
 * @see "docs/decisions/001-same-answer-for-every-number.md"
 */
public final class RetriedSteps {

	/** How long Cognito waits for a trigger; it cannot be changed. */
	public static final Duration COGNITO_TIMEOUT = Duration.ofSeconds(5);

	/**
	 * How often Cognito calls a trigger for one request: the first call and two retries.
	 */
	public static final int ATTEMPTS = 3;

	/** How long after a step's first challenge Cognito may still call Create for it. */
	// not multipliedBy: it initialises BigDecimal, about 13 ms of a cold start
	public static final Duration WINDOW = Duration.ofMillis(COGNITO_TIMEOUT.toMillis() * ATTEMPTS);

	/**
	 * The share of the time Cognito waits after which a send still under way is slow: a
	 * fifth, so that the step is kept long before Cognito gives up.
	 */
	private static final int SLOW_SHARE = 5;

	private final IssuedStepStore store;

	private final SecretKey key;

	/**
	 * @param store where the steps are kept
	 * @param key the {@code SEND_LIMIT_KEY} the steps' keys are hashed with
	 */
	public RetriedSteps(IssuedStepStore store, SecretKey key) {
		this.store = store;
		this.key = key;
	}

	/**
	 * After how long a send still under way is slow enough for Cognito to retry it: a
	 * fifth of the time Cognito waits (1 s), or of the invocation's time left when that
	 * is shorter (a local host with a shorter time-out).
	 * @param remainingMillis the invocation's time left
	 */
	public static Duration slowAfter(int remainingMillis) {
		return Duration.ofMillis(Math.max(0, Math.min(remainingMillis, COGNITO_TIMEOUT.toMillis())) / SLOW_SHARE);
	}

	/**
	 * Reads the step: one store read, for every request alike.
	 * @param userName Cognito's user name in the event
	 * @param session the rounds before this one
	 * @throws SmsDeliveryException when the store cannot be reached (no SMS without it)
	 */
	Step read(String userName, List<ChallengeRound> session) {
		String stepKey = keyFor(userName, session);
		try {
			return new Step(stepKey, this.store.find(stepKey));
		}
		catch (RuntimeException ex) {
			throw new SmsDeliveryException(new RuntimeException("step store: " + ex.getClass().getSimpleName()));
		}
	}

	/**
	 * Writes the step's next record over the one read.
	 * @return false when another call for the step wrote first, or the store failed
	 */
	boolean write(Step step, IssuedStep next) {
		try {
			return this.store.replace(step.key(), step.stored(), next);
		}
		catch (RuntimeException ex) {
			// the answer does not depend on it, except a retry's, which then gets a
			// decoy
			return false;
		}
	}

	/** {@code s#} and a keyed hash of the user name and the rounds so far. */
	private String keyFor(String userName, List<ChallengeRound> session) {
		StringBuilder step = new StringBuilder("step\0").append(userName);
		for (ChallengeRound round : session) {
			step.append('\0')
				.append(round.challengeName())
				.append(':')
				.append(round.correct())
				.append(':')
				.append(round.metadata());
		}
		return Secrets.keyedHash(this.key, "s#", step.toString());
	}

	/**
	 * One step as read.
	 *
	 * @param key its keyed hash
	 * @param stored what is kept of it
	 */
	record Step(String key, Optional<IssuedStep> stored) {

		/**
		 * The challenge a call for this step gets again: one kept within the window and
		 * handed out fewer than {@link #ATTEMPTS} times.
		 */
		Optional<CodeChallenge> reissuable(Instant now) {
			return this.stored
				.filter((step) -> step.challenge() != null && step.issuedAt().size() < ATTEMPTS
						&& now.isBefore(step.issuedAt().getFirst().plus(WINDOW)))
				.flatMap((step) -> CodeChallenge.decode(step.challenge()));
		}

		/** The record of a step whose challenge a retry does not get again. */
		IssuedStep closed(Instant now) {
			return new IssuedStep(nextVersion(), null, List.of(now));
		}

		/** The record of a step whose challenge a retry gets again. */
		IssuedStep kept(CodeChallenge challenge, Instant now) {
			return new IssuedStep(nextVersion(), challenge.encode(), List.of(now));
		}

		/** The record after the kept challenge was handed out again now. */
		IssuedStep reissued(Instant now) {
			IssuedStep step = this.stored.orElseThrow();
			List<Instant> issuedAt = new ArrayList<>(step.issuedAt());
			issuedAt.add(now);
			return new IssuedStep(nextVersion(), step.challenge(), issuedAt);
		}

		private long nextVersion() {
			return this.stored.map(IssuedStep::version).orElse(0L) + 1;
		}

	}

}
