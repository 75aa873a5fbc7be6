package dev.passwordless.triggers.challenge;

import dev.passwordless.triggers.limits.BudgetAlarm;

/**
 * Where {@link CodeIssuer} tells how each round ended: the challenge's outcome, a code
 * that could not go out (the user gets an error), and, as a {@link BudgetAlarm}, the
 * shares of the day's budget reached. Never a code or a hash.
 */
public interface IssueLog extends BudgetAlarm {

	/**
	 * A round answered with a challenge.
	 * @param outcome what the round did: {@code code-sent}, {@code code-reused},
	 * {@code code-reissued}, {@code test-number}, {@code decoy} or
	 * {@code refused:<reason>}
	 * @param round the round, from 1
	 * @param phoneNumber the user's number; null when there is none
	 */
	void issued(String outcome, int round, String phoneNumber);

	/**
	 * A round that ends in an error: the day's budget is used up, or the SMS (or the
	 * limits' store) failed.
	 * @param failure the error, thrown on after this
	 * @param round the round, from 1
	 * @param phoneNumber the user's number; null when there is none
	 */
	void notSent(RuntimeException failure, int round, String phoneNumber);

}
