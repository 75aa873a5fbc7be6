package dev.passwordless.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
			HistoryReading reading = read(key, null);
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
	public SendVerdict tryAcquireAtEqualCost(String key, Counter counter, boolean count) {
		return tryAcquireAtEqualCost(key, Budget.of(counter), count ? Spend.ANY : Spend.CHECK);
	}

	/**
	 * Like {@link #tryAcquireAtEqualCost(String, Counter, boolean)}, against a budget
	 * with a reserved part and alarms, still with one read and one write whatever the
	 * outcome. The read takes the counter's value and mark with the history
	 * ({@link SendLimitStore#findCounted}) when the budget has a reserve or alarms.
	 * <ul>
	 * <li>A send that may not use the reserve ({@link Spend#UNRESERVED}) is counted only
	 * up to {@link Budget#unreservedLimit()}; past it, it is refused with
	 * {@link SendVerdict#onlyReserveLeft()}: the attempt is recorded in its history and
	 * the whole budget only checked, as for {@link Spend#CHECK} (an unknown user), so
	 * that this refusal costs what every other answer costs, and the number's cooldown
	 * and hourly cap apply to its further attempts. When the whole budget is used up,
	 * every send learns {@link SendVerdict#counterAtLimit()} as before.</li>
	 * <li>Each alarm the counter has reached (by this write's count, or before it) and
	 * that the counter's mark does not cover yet is marked in the same write, and
	 * reported in {@link SendVerdict#alarms()} when the write happens: once per alarm as
	 * long as writes do not overlap; two that overlap may both report it, and one skipped
	 * by overlapping writes is reported by the next write. (A store that keeps no marks
	 * reports an alarm only to the send whose own count reaches it.)</li>
	 * </ul>
	 * @param key the number's keyed hash
	 * @param budget the counter, its reserve and its alarms
	 * @param spend how an allowed send uses the budget
	 * @return the verdict
	 */
	public SendVerdict tryAcquireAtEqualCost(String key, Budget budget, Spend spend) {
		Counter whole = budget.counter();
		for (int round = 0; round < ROUNDS; round++) {
			HistoryReading reading = read(key, budget.needsCount() ? budget.counter().key() : null);
			if (reading.retryAfter().isPresent()) {
				// the outcome is the refusal either way
				Write written = write(key, reading, reading.unchanged(), budget, whole.limit(), false);
				return new SendVerdict(reading.retryAfter(), isAtLimit(written.outcome(), whole), false,
						written.alarms());
			}
			if (spend == Spend.UNRESERVED && budget.reserved() > 0 && reading.count() >= budget.unreservedLimit()) {
				// answered as an unknown user is: the attempt recorded, the budget
				// checked
				Write written = write(key, reading, reading.withSend(), budget, whole.limit(), false);
				if (written.outcome() != SendLimitStore.WriteOutcome.HISTORY_CHANGED) {
					boolean atLimit = written.outcome() == SendLimitStore.WriteOutcome.COUNTER_AT_LIMIT;
					return new SendVerdict(Optional.empty(), atLimit, !atLimit, written.alarms());
				}
				continue;
			}
			long limit = (spend == Spend.UNRESERVED) ? budget.unreservedLimit() : whole.limit();
			Write written = write(key, reading, reading.withSend(), budget, limit, spend != Spend.CHECK);
			switch (written.outcome()) {
				case WRITTEN -> {
					return new SendVerdict(Optional.empty(), false, false, written.alarms());
				}
				case COUNTER_AT_LIMIT -> {
					// past the unreserved part since the read (the whole budget may be
					// too: the next request learns it)
					boolean reserveOnly = spend == Spend.UNRESERVED && budget.reserved() > 0;
					return new SendVerdict(Optional.empty(), !reserveOnly, reserveOnly, List.of());
				}
				case HISTORY_CHANGED -> {
					// another send for the same number came first: read again
				}
			}
		}
		return new SendVerdict(Optional.of(waitAfterLostRounds()), isAtLimit(whole), false, List.of());
	}

	/**
	 * The one write of a round: the history, and the counter up to {@code limit} (added
	 * to or checked), marked with the alarms it reaches that its mark does not cover.
	 */
	private Write write(String key, HistoryReading reading, SendHistory next, Budget budget, long limit, boolean add) {
		List<Long> alarms = budget.alarmsBetween(reading.mark(), reading.count() + (add ? 1 : 0));
		Counter counter = new Counter(budget.counter().key(), limit, budget.counter().expiresAt(),
				alarms.isEmpty() ? 0 : alarms.getLast());
		SendLimitStore.WriteOutcome outcome = this.store.replaceCounted(key, reading.stored(), next, counter, add);
		return new Write(outcome, (outcome == SendLimitStore.WriteOutcome.WRITTEN) ? alarms : List.of());
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

	/**
	 * Reads a number's history as of now, with a counter's value and mark when a counter
	 * key is given (otherwise both read as 0).
	 */
	private HistoryReading read(String key, String counterKey) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		SendLimitStore.CountedHistory read = (counterKey != null) ? this.store.findCounted(key, counterKey)
				: new SendLimitStore.CountedHistory(this.store.find(key), 0, 0);
		Optional<SendHistory> stored = read.history();
		SendHistory recent = stored.isPresent() ? stored.get().within(now, WINDOW) : new SendHistory(0, List.of());
		return new HistoryReading(stored, recent, now, waitFor(recent, now), read.count(), read.mark());
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

	/** One write's outcome, and the alarms it marked when it was made. */
	private record Write(SendLimitStore.WriteOutcome outcome, List<Long> alarms) {
	}

}
