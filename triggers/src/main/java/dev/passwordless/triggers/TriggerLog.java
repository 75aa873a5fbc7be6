package dev.passwordless.triggers;

import com.amazonaws.services.lambda.runtime.Context;

/**
 * One structured JSON line per invocation: trigger, outcome, attempt and masked phone.
 * Never a code, a hash, a full phone number or the event.
 */
public final class TriggerLog {

	/** The CloudWatch namespace of the triggers' metrics. */
	public static final String NAMESPACE = "Passwordless";

	/** The metric counted each time a code is refused because the budget is used up. */
	public static final String BUDGET_METRIC = "SmsBudgetExhausted";

	private TriggerLog() {
	}

	static void line(Context context, String trigger, String outcome, int attempt, String maskedPhone) {
		write(context, "{\"trigger\":\"" + trigger + "\",\"outcome\":\"" + outcome + "\",\"attempt\":" + attempt
				+ ",\"phone\":\"" + maskedPhone + "\"}");
	}

	/**
	 * The loud line when the daily SMS budget is used up: an ERROR that is also a
	 * CloudWatch metric ({@value #NAMESPACE}/{@value #BUDGET_METRIC} by UserPoolId, in
	 * the embedded metric format) for an alarm to watch.
	 */
	static void budgetExhausted(Context context, String userPoolId) {
		String pool = String.valueOf(userPoolId).replaceAll("[^\\w-]", "");
		write(context, "{\"level\":\"ERROR\",\"alarm\":\"SMS_BUDGET_EXHAUSTED\",\"message\":"
				+ "\"daily SMS budget used up: no codes are sent until 00:00 UTC\",\"UserPoolId\":\"" + pool + "\",\""
				+ BUDGET_METRIC + "\":1,\"_aws\":{\"Timestamp\":" + System.currentTimeMillis()
				+ ",\"CloudWatchMetrics\":[{\"Namespace\":\"" + NAMESPACE + "\",\"Dimensions\":[[\"UserPoolId\"]],"
				+ "\"Metrics\":[{\"Name\":\"" + BUDGET_METRIC + "\",\"Unit\":\"Count\"}]}]}}");
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
