package dev.passwordless.local.auth;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * The Lambda context a trigger gets locally; its log lines go to the console, tagged with
 * the trigger.
 */
final class TriggerContext implements Context, LambdaLogger {

	private final String function;

	private final String requestId = UUID.randomUUID().toString();

	private final long deadline;

	TriggerContext(String function, long budgetMillis) {
		this.function = function;
		this.deadline = System.currentTimeMillis() + budgetMillis;
	}

	@Override
	public void log(String message) {
		System.out.println("[local-cognito " + this.function + "] " + message);
	}

	@Override
	public void log(byte[] message) {
		log(new String(message, StandardCharsets.UTF_8));
	}

	@Override
	public LambdaLogger getLogger() {
		return this;
	}

	@Override
	public String getAwsRequestId() {
		return this.requestId;
	}

	@Override
	public String getLogGroupName() {
		return "/aws/lambda/" + this.function;
	}

	@Override
	public String getLogStreamName() {
		return "local";
	}

	@Override
	public String getFunctionName() {
		return this.function;
	}

	@Override
	public String getFunctionVersion() {
		return "$LATEST";
	}

	@Override
	public String getInvokedFunctionArn() {
		return "arn:aws:lambda:local:000000000000:function:" + this.function;
	}

	@Override
	public CognitoIdentity getIdentity() {
		return null;
	}

	@Override
	public ClientContext getClientContext() {
		return null;
	}

	@Override
	public int getRemainingTimeInMillis() {
		return (int) Math.max(0, this.deadline - System.currentTimeMillis());
	}

	@Override
	public int getMemoryLimitInMB() {
		return 512;
	}

}
