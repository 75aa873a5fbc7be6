package dev.passwordless.triggers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * A Lambda context whose logger keeps the lines, so tests can read what would reach
 * CloudWatch.
 */
final class RecordingContext implements Context, LambdaLogger {

	final List<String> lines = new ArrayList<>();

	@Override
	public void log(String message) {
		this.lines.add(message);
	}

	@Override
	public void log(byte[] message) {
		this.lines.add(new String(message, StandardCharsets.UTF_8));
	}

	@Override
	public LambdaLogger getLogger() {
		return this;
	}

	@Override
	public String getAwsRequestId() {
		return "test-request";
	}

	@Override
	public String getLogGroupName() {
		return "/aws/lambda/test";
	}

	@Override
	public String getLogStreamName() {
		return "test";
	}

	@Override
	public String getFunctionName() {
		return "test";
	}

	@Override
	public String getFunctionVersion() {
		return "$LATEST";
	}

	@Override
	public String getInvokedFunctionArn() {
		return "arn:aws:lambda:us-east-1:000000000000:function:test";
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
		return 512;
	}

}
