package dev.passwordless.triggers.limits;

import java.time.Duration;

import dev.passwordless.rules.Refusal;

/**
 * No code was sent because the pool's daily SMS budget is used up. It applies to every
 * number alike, so it is an error the user sees: the message is the
 * {@link Refusal.Reason#DAILY_BUDGET} token with the wait until 00:00 UTC (the app
 * chooses the words).
 */
public class DailyBudgetExhaustedException extends RuntimeException {

	DailyBudgetExhaustedException(Duration retryAfter) {
		super(Refusal.of(Refusal.Reason.DAILY_BUDGET, retryAfter).toMessage(), null, false, false);
	}

}
