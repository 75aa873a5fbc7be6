package dev.passwordless.rules;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What {@link SendLimits#tryAcquireAtEqualCost} decided.
 *
 * @param retryAfter empty when the send is allowed by the number's limits and recorded,
 * otherwise how long to wait
 * @param counterAtLimit whether the counter has reached its limit; then an allowed send
 * was not counted and must not happen
 * @param onlyReserveLeft whether the send may not use the reserve and the rest is used
 * up; then it was not counted and must not happen (the attempt is recorded in the
 * number's history, as an unknown user's is)
 * @param alarms the budget's alarms this write marked (values of the counter, each
 * reported once): to be reported now
 */
public record SendVerdict(Optional<Duration> retryAfter, boolean counterAtLimit, boolean onlyReserveLeft,
		List<Long> alarms) {

	public SendVerdict {
		alarms = List.copyOf(alarms);
	}

	/**
	 * A verdict on a budget without reserve or alarms.
	 * @param retryAfter empty when allowed and recorded, otherwise how long to wait
	 * @param counterAtLimit whether the counter has reached its limit
	 */
	public SendVerdict(Optional<Duration> retryAfter, boolean counterAtLimit) {
		this(retryAfter, counterAtLimit, false, List.of());
	}

	/** Whether the send may happen: allowed, and counted. */
	public boolean isAllowed() {
		return this.retryAfter.isEmpty() && !this.counterAtLimit && !this.onlyReserveLeft;
	}

}
