package dev.passwordless.triggers;

import com.amazonaws.services.lambda.runtime.Context;

/**
 * One structured JSON line per invocation: trigger, outcome, attempt and masked phone.
 * Never a code, a hash, a full phone number or the event.
 */
final class TriggerLog {

	private TriggerLog() {
	}

	static void line(Context context, String trigger, String outcome, int attempt, String maskedPhone) {
		String line = "{\"trigger\":\"" + trigger + "\",\"outcome\":\"" + outcome + "\",\"attempt\":" + attempt
				+ ",\"phone\":\"" + maskedPhone + "\"}";
		if (context != null && context.getLogger() != null) {
			context.getLogger().log(line);
		}
		else {
			System.out.println(line);
		}
	}

}
