package dev.passwordless.triggers;

import java.time.Instant;

import com.amazonaws.services.lambda.runtime.Context;
import dev.passwordless.rules.PhoneMask;
import dev.passwordless.rules.Refusal;
import dev.passwordless.triggers.limits.DailyBudgetExhaustedException;
import dev.passwordless.triggers.sms.SmsDeliveryException;

/**
 * One structured JSON line per invocation: trigger, outcome, round and masked phone.
 * Never a code, a hash, a full phone number or the event.
 */
public final class TriggerLog {

	/** The CloudWatch namespace of the triggers' metrics. */
	public static final String NAMESPACE = "Passwordless";

	/** The metric counted each time a code is refused because the budget is used up. */
	public static final String BUDGET_METRIC = "SmsBudgetExhausted";

	/**
	 * The metric counted when the day's SMS count reaches a share of the budget (one of
	 * {@link dev.passwordless.triggers.limits.SmsSendCheck#BUDGET_ALARM_PERCENTS}), by
	 * UserPoolId and {@value #PERCENT_DIMENSION}.
	 */
	public static final String BUDGET_USED_METRIC = "SmsBudgetUsed";

	/**
	 * The dimension of {@value #BUDGET_USED_METRIC} that names the share, e.g.
	 * {@code 50}.
	 */
	public static final String PERCENT_DIMENSION = "Percent";

	private TriggerLog() {
	}

	/**
	 * The invocation's line.
	 * @param phoneNumber the user's number, masked here; null when there is none
	 */
	static void line(Context context, String trigger, String outcome, int round, String phoneNumber) {
		write(context, "{\"trigger\":\"" + trigger + "\",\"outcome\":\"" + outcome + "\",\"attempt\":" + round
				+ ",\"phone\":\"" + PhoneMask.mask(phoneNumber) + "\"}");
	}

	/**
	 * Create's line when no code went out and the user gets an error: the used-up budget
	 * (with the alarm line), or the SMS failure's kind.
	 */
	static void codeNotSent(Context context, RuntimeException failure, int round, String phoneNumber, String userPoolId,
			Instant at) {
		if (failure instanceof DailyBudgetExhaustedException) {
			line(context, "CreateAuthChallenge", "refused:" + Refusal.Reason.DAILY_BUDGET, round, phoneNumber);
			budgetExhausted(context, userPoolId, at);
		}
		else if (failure instanceof SmsDeliveryException) {
			line(context, "CreateAuthChallenge", "sms-failed:" + failure.getCause().getMessage(), round, phoneNumber);
		}
	}

	/**
	 * The loud line when the daily SMS budget is used up: an ERROR that is also a
	 * CloudWatch metric ({@value #NAMESPACE}/{@value #BUDGET_METRIC} by UserPoolId, in
	 * the embedded metric format) for an alarm to watch.
	 */
	static void budgetExhausted(Context context, String userPoolId, Instant at) {
		String pool = String.valueOf(userPoolId).replaceAll("[^\\w-]", "");
		write(context, "{\"level\":\"ERROR\",\"alarm\":\"SMS_BUDGET_EXHAUSTED\",\"message\":"
				+ "\"daily SMS budget used up: no codes are sent until 00:00 UTC\",\"UserPoolId\":\"" + pool + "\",\""
				+ BUDGET_METRIC + "\":1,\"_aws\":{\"Timestamp\":" + at.toEpochMilli()
				+ ",\"CloudWatchMetrics\":[{\"Namespace\":\"" + NAMESPACE + "\",\"Dimensions\":[[\"UserPoolId\"]],"
				+ "\"Metrics\":[{\"Name\":\"" + BUDGET_METRIC + "\",\"Unit\":\"Count\"}]}]}}");
	}

	/**
	 * The line when the day's SMS count reaches a share of the budget: a WARN that is
	 * also a CloudWatch metric ({@value #NAMESPACE}/{@value #BUDGET_USED_METRIC} by
	 * UserPoolId and {@value #PERCENT_DIMENSION}, in the embedded metric format) for an
	 * alarm to watch. No number in it: it is about the pool.
	 */
	static void budgetUsed(Context context, int percent, String userPoolId, Instant at) {
		String pool = String.valueOf(userPoolId).replaceAll("[^\\w-]", "");
		write(context,
				"{\"level\":\"WARN\",\"alarm\":\"SMS_BUDGET_" + percent + "_PERCENT\",\"message\":\"" + percent
						+ "% of the daily SMS budget is used\",\"UserPoolId\":\"" + pool + "\",\"" + PERCENT_DIMENSION
						+ "\":\"" + percent + "\",\"" + BUDGET_USED_METRIC + "\":1,\"_aws\":{\"Timestamp\":"
						+ at.toEpochMilli() + ",\"CloudWatchMetrics\":[{\"Namespace\":\"" + NAMESPACE
						+ "\",\"Dimensions\":[[\"UserPoolId\",\"" + PERCENT_DIMENSION + "\"]],\"Metrics\":[{\"Name\":\""
						+ BUDGET_USED_METRIC + "\",\"Unit\":\"Count\"}]}]}}");
	}

	private static void write(Context context, String line) {
		if (context != null && context.getLogger() != null) {
			context.getLogger().log(line);
		}
		else {
			System.out.println(line);
		}
	}

}
