package dev.passwordless.triggers;

import java.time.Clock;

import com.amazonaws.services.lambda.runtime.Context;
import dev.passwordless.triggers.challenge.IssueLog;

/**
 * Create's lines ({@link TriggerLog}) for one invocation: each round's outcome, a code
 * not sent, and the budget's alarms, stamped with the user pool and the time.
 */
final class CreateLog implements IssueLog {

	private static final String TRIGGER = "CreateAuthChallenge";

	private final Context context;

	private final String userPoolId;

	private final Clock clock;

	/**
	 * @param context the invocation's context, whose logger takes the lines; null for
	 * standard output
	 * @param userPoolId the event's user pool, named by the alarm lines
	 * @param clock the time source of the alarm lines' time stamps
	 */
	CreateLog(Context context, String userPoolId, Clock clock) {
		this.context = context;
		this.userPoolId = userPoolId;
		this.clock = clock;
	}

	@Override
	public void issued(String outcome, int round, String phoneNumber) {
		TriggerLog.line(this.context, TRIGGER, outcome, round, phoneNumber);
	}

	@Override
	public void notSent(RuntimeException failure, int round, String phoneNumber) {
		TriggerLog.codeNotSent(this.context, failure, round, phoneNumber, this.userPoolId, this.clock.instant());
	}

	@Override
	public void reached(int percent) {
		TriggerLog.budgetUsed(this.context, percent, this.userPoolId, this.clock.instant());
	}

}
