package dev.passwordless.rules;

/**
 * How an allowed send may use the budget written with it
 * ({@link SendLimits#tryAcquireAtEqualCost(String, Budget, Spend)}).
 */
public enum Spend {

	/** Only check the budget: a send that will not happen (an unknown user). */
	CHECK,

	/**
	 * Count, up to the budget's limit less its reserve: a number that has not signed in
	 * before.
	 */
	UNRESERVED,

	/** Count, up to the budget's whole limit: a number that has signed in before. */
	ANY

}
