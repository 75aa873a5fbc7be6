package dev.passwordless.triggers.limits;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.passwordless.rules.Budget;
import dev.passwordless.rules.Counter;
import dev.passwordless.rules.SendVerdict;
import dev.passwordless.triggers.settings.TriggerSettings;

/**
 * The pool's daily SMS budget as {@link SmsSendCheck} spends it: the counter of a UTC
 * day, its reserved top part ({@link TriggerSettings#reservedSms()}), the counts at which
 * the operator is warned ({@link SmsSendCheck#BUDGET_ALARM_PERCENTS}), and the refusal
 * once the day's budget is used up. Nothing here depends on the number a code goes to.
 */
final class DailySmsBudget {

	private final TriggerSettings settings;

	/**
	 * @param settings the daily budget and its reserved share
	 */
	DailySmsBudget(TriggerSettings settings) {
		this.settings = settings;
	}

	/**
	 * The pool's SMS budget for the day of this instant: its reserved part, and the
	 * counts at which the operator is warned.
	 */
	Budget on(Instant now) {
		int whole = this.settings.dailySmsBudget();
		List<Long> alarms = new ArrayList<>();
		for (int percent : SmsSendCheck.BUDGET_ALARM_PERCENTS) {
			alarms.add(alarmCount(whole, percent));
		}
		return new Budget(new Counter(key(now), whole, expiry(now)), this.settings.reservedSms(), alarms);
	}

	/** Tells the alarm each share of the budget the write of this verdict reached. */
	void warn(SendVerdict verdict, BudgetAlarm alarm) {
		for (int percent : SmsSendCheck.BUDGET_ALARM_PERCENTS) {
			if (verdict.alarms().contains(alarmCount(this.settings.dailySmsBudget(), percent))) {
				alarm.reached(percent);
			}
		}
	}

	/** How long until the next day's budget, from this instant. */
	Duration untilNextDay(Instant now) {
		return Duration.between(now, nextDay(now));
	}

	/** The refusal every number gets once the day's budget is used up. */
	DailyBudgetExhaustedException usedUp(Instant now) {
		return new DailyBudgetExhaustedException(untilNextDay(now));
	}

	/** The count at which a share of the budget is reached: the share, rounded up. */
	private static long alarmCount(int budget, int percent) {
		return ((long) budget * percent + 99) / 100;
	}

	private static String key(Instant now) {
		return "budget#" + LocalDate.ofInstant(now, ZoneOffset.UTC);
	}

	private static Instant nextDay(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static Instant expiry(Instant now) {
		return nextDay(now).plus(Duration.ofDays(1));
	}

}
