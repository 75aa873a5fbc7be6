package dev.passwordless.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A counter every allowed send is counted against, shared by all (the Create trigger's
 * SMS budget for one day), with its top part kept for some senders (the numbers that
 * signed in before) and values at which someone is told (the operator's alarms).
 *
 * @param counter the counter; its limit is the whole budget
 * @param reserved how many units at the top of the limit only sends that may use the
 * reserve ({@link Spend#ANY}) may take; 0 to the limit
 * @param alarms values of the counter that are reported once each when it reaches them
 * ({@link SendVerdict#alarms}), ascending, each at least 1
 */
public record Budget(Counter counter, long reserved, List<Long> alarms) {

	public Budget {
		if (reserved < 0 || reserved > counter.limit()) {
			throw new IllegalArgumentException("reserved must be between 0 and the limit, was " + reserved);
		}
		TreeSet<Long> sorted = new TreeSet<>(alarms);
		if (!sorted.isEmpty() && sorted.first() < 1) {
			throw new IllegalArgumentException("alarms must be at least 1, was " + sorted.first());
		}
		alarms = List.copyOf(sorted);
	}

	/**
	 * A budget with nothing reserved and no alarms.
	 * @param counter the counter
	 * @return the budget
	 */
	public static Budget of(Counter counter) {
		return new Budget(counter, 0, List.of());
	}

	/** The highest value a send that may not use the reserve may take the counter to. */
	public long unreservedLimit() {
		return this.counter.limit() - this.reserved;
	}

	/**
	 * The alarms a count has reached that a mark does not cover yet.
	 * @param mark the counter's mark as read
	 * @param reached the count reached
	 * @return the alarms above the mark up to the count, ascending
	 */
	List<Long> alarmsBetween(long mark, long reached) {
		List<Long> between = new ArrayList<>();
		for (long alarm : this.alarms) {
			if (alarm > mark && alarm <= reached) {
				between.add(alarm);
			}
		}
		return between;
	}

	/**
	 * Whether a send must read the counter's value and mark first: it must when part is
	 * reserved or a value is to be reported.
	 */
	boolean needsCount() {
		return this.reserved > 0 || !this.alarms.isEmpty();
	}

}
