package dev.passwordless.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Codes per number: at most one per cooldown and a rolling cap per hour, recorded with a
 * compare-and-set so that of many concurrent requests only the allowed number get
 * through.
 */
public final class SendLimits {

	/** The window of the rolling cap. */
	public static final Duration WINDOW = Duration.ofHours(1);

	/**
	 * The least time between two codes to one number unless configured otherwise: the one
	 * default the triggers, the stack and the app derive theirs from.
	 */
	public static final Duration DEFAULT_COOLDOWN = Duration.ofSeconds(30);

	/**
	 * The most codes to one number for one requester within any hour unless configured
	 * otherwise: the web app's cap per number and requester. It is the app's, not the
	 * Create trigger's: a stranger who asks five times must not lock the number's owner
	 * out for an hour, so the trigger caps all requesters together at
	 * {@link #DEFAULT_NUMBER_CEILING_PER_HOUR}.
	 */
	public static final int DEFAULT_SENDS_PER_HOUR = 5;

	/**
	 * The most codes to one number within any hour, for all requesters together, unless
	 * configured otherwise: the Create trigger's hourly cap per number, the ceiling above
	 * the app's {@link #DEFAULT_SENDS_PER_HOUR} per requester.
	 */
	public static final int DEFAULT_NUMBER_CEILING_PER_HOUR = 10;

	/**
	 * Compare-and-set rounds before giving up; each lost round means another request for
	 * the same number was recorded, so the next read normally refuses.
	 */
	private static final int ROUNDS = 4;

	private final SendLimitStore store;

	private final Duration cooldown;

	private final int perHour;

	private final Clock clock;

	/**
	 * @param store where the histories live
	 * @param cooldown the least time between two codes to one number
	 * @param perHour the most codes to one number within any hour
	 * @param clock the time source
	 */
	public SendLimits(SendLimitStore store, Duration cooldown, int perHour, Clock clock) {
		this.store = store;
		this.cooldown = cooldown;
		this.perHour = perHour;
		this.clock = clock;
	}

	/**
	 * Records a send if the limits allow it.
	 * @param key the number's keyed hash
	 * @return empty when the send is allowed and recorded, otherwise how long to wait
	 */
	public Optional<Duration> tryAcquire(String key) {
		for (int round = 0; round < ROUNDS; round++) {
			Reading reading = read(key);
			if (reading.retryAfter().isPresent()) {
				return reading.retryAfter();
			}
			if (this.store.replace(key, reading.stored(), reading.withSend())) {
				return Optional.empty();
			}
		}
		return Optional.of(waitAfterLostRounds());
	}

	/**
	 * Like {@link #tryAcquire(String)}, but a refusal costs the same store requests as an
	 * allowed send, and a counter (e.g. the day's SMS budget) is in the same store write
	 * ({@link SendLimitStore#replaceCounted}): an allowed send adds one to it when
	 * {@code count} is true; every other outcome only checks it. A refused number's
	 * history is written back unchanged as a new version. With a store that writes both
	 * at once the read and that one write are all the requests, whatever the outcome;
	 * only a race for the same key costs more. For callers that must not reveal, by the
	 * time a request takes, whether a key has a recent send (the Create trigger, which
	 * answers a refused number like an unknown one).
	 * @param key the number's keyed hash
	 * @param counter the counter checked, and counted by an allowed send
	 * @param count whether an allowed send adds one to the counter
	 * @return allowed (recorded, and counted when asked), refused with the wait, and
	 * whether the counter has reached its limit (then nothing was counted)
	 */
	public Verdict tryAcquireAtEqualCost(String key, Counter counter, boolean count) {
		for (int round = 0; round < ROUNDS; round++) {
			Reading reading = read(key);
			if (reading.retryAfter().isPresent()) {
				// the outcome is the refusal either way
				SendLimitStore.WriteOutcome written = this.store.replaceCounted(key, reading.stored(),
						reading.unchanged(), counter, false);
				return new Verdict(reading.retryAfter(), isAtLimit(written, counter));
			}
			SendLimitStore.WriteOutcome written = this.store.replaceCounted(key, reading.stored(), reading.withSend(),
					counter, count);
			if (written != SendLimitStore.WriteOutcome.HISTORY_CHANGED) {
				return new Verdict(Optional.empty(), written == SendLimitStore.WriteOutcome.COUNTER_AT_LIMIT);
			}
		}
		return new Verdict(Optional.of(waitAfterLostRounds()), isAtLimit(counter));
	}

	/**
	 * Whether the counter is at its limit after a write that was only to check it; a
	 * write that lost to another one checked nothing, so the counter is checked alone.
	 */
	private boolean isAtLimit(SendLimitStore.WriteOutcome written, Counter counter) {
		return switch (written) {
			case WRITTEN -> false;
			case COUNTER_AT_LIMIT -> true;
			case HISTORY_CHANGED -> isAtLimit(counter);
		};
	}

	private boolean isAtLimit(Counter counter) {
		return !this.store.isBelow(counter.key(), counter.limit(), counter.expiresAt());
	}

	/**
	 * Every round lost to another write for the same number, each of which recorded a
	 * send: at least the cooldown (a second when there is none) before the next.
	 */
	private Duration waitAfterLostRounds() {
		return this.cooldown.isZero() ? Duration.ofSeconds(1) : this.cooldown;
	}

	/** Reads a number's history as of now. */
	private Reading read(String key) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Optional<SendHistory> stored = this.store.find(key);
		SendHistory recent = stored.isPresent() ? stored.get().within(now, WINDOW) : new SendHistory(0, List.of());
		return new Reading(stored, recent, now, waitFor(recent, now));
	}

	private Optional<Duration> waitFor(SendHistory recent, Instant now) {
		if (recent.sentAt().isEmpty()) {
			return Optional.empty();
		}
		Instant coolUntil = recent.sentAt().getLast().plus(this.cooldown);
		Instant capUntil = (recent.sentAt().size() >= this.perHour)
				? recent.sentAt().get(recent.sentAt().size() - this.perHour).plus(WINDOW) : now;
		Instant until = coolUntil.isAfter(capUntil) ? coolUntil : capUntil;
		return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	/**
	 * One read of a number's history and what follows from it.
	 *
	 * @param stored the history as stored, the version a write must find
	 * @param recent its sends within the window
	 * @param now when it was read
	 * @param retryAfter empty when a send is allowed now, otherwise how long until it is
	 */
	private record Reading(Optional<SendHistory> stored, SendHistory recent, Instant now,
			Optional<Duration> retryAfter) {

		/** The next version with this send added. */
		SendHistory withSend() {
			List<Instant> sent = new ArrayList<>(this.recent.sentAt());
			sent.add(this.now);
			return new SendHistory(this.stored.isPresent() ? this.stored.get().version() + 1 : 1, sent);
		}

		/** The next version with the same sends (a refusal's write-back). */
		SendHistory unchanged() {
			return new SendHistory(this.stored.orElseThrow().version() + 1, this.recent.sentAt());
		}

	}

	/**
	 * What {@link #tryAcquireAtEqualCost(String, Counter, boolean)} decided.
	 *
	 * @param retryAfter empty when the send is allowed and recorded, otherwise how long
	 * to wait
	 * @param counterAtLimit whether the counter has reached its limit; then an allowed
	 * send was not counted and must not happen
	 */
	public record Verdict(Optional<Duration> retryAfter, boolean counterAtLimit) {

		/** Whether the send may happen: allowed, and counted. */
		public boolean isAllowed() {
			return this.retryAfter.isEmpty() && !this.counterAtLimit;
		}

	}

}
