package dev.passwordless.triggers;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * The Lambda context of an invocation the triggers make themselves, before a SnapStart
 * snapshot ({@link PrimingEvents}), and of the tests' invocations: its log lines go to a
 * consumer; everything else is a fixed value, the time left Cognito's budget.
 */
class FunctionContext implements Context, LambdaLogger {

	private final String function;

	private final Consumer<String> lines;

	/**
	 * @param function the function's name
	 * @param lines where the log lines go
	 */
	FunctionContext(String function, Consumer<String> lines) {
		this.function = function;
		this.lines = lines;
	}

	@Override
	public void log(String message) {
		this.lines.accept(message);
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
		return this.function;
	}

	@Override
	public String getLogGroupName() {
		return "/aws/lambda/" + this.function;
	}

	@Override
	public String getLogStreamName() {
		return this.function;
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
		return "arn:aws:lambda:us-east-1:000000000000:function:" + this.function;
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
		return 5000;
	}

	@Override
	public int getMemoryLimitInMB() {
		return 1024;
	}

}
