package dev.passwordless.triggers.limits;

/**
 * Told when the day's SMS count reaches a share of the budget the operator is warned at
 * ({@link SmsSendCheck#BUDGET_ALARM_PERCENTS}), once per share and day.
 */
@FunctionalInterface
public interface BudgetAlarm {

	/**
	 * @param percent the share of the day's budget the count has reached
	 */
	void reached(int percent);

}
