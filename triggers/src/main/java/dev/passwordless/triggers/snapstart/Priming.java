package dev.passwordless.triggers.snapstart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

/**
 * Runs a handler before a SnapStart snapshot the way the Lambda runtime runs it: the
 * event's JSON into its stream entry point, the answer's JSON out. The log lines of a
 * priming invocation go nowhere.
 */
public final class Priming {

	private static final LambdaLogger QUIET = new LambdaLogger() {
		@Override
		public void log(String message) {
		}

		@Override
		public void log(byte[] message) {
		}
	};

	/** A Lambda context whose logger drops the lines. */
	public static final Context CONTEXT = new Context() {
		@Override
		public String getAwsRequestId() {
			return "priming";
		}

		@Override
		public String getLogGroupName() {
			return "priming";
		}

		@Override
		public String getLogStreamName() {
			return "priming";
		}

		@Override
		public String getFunctionName() {
			return "priming";
		}

		@Override
		public String getFunctionVersion() {
			return "priming";
		}

		@Override
		public String getInvokedFunctionArn() {
			return "priming";
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
			return 0;
		}

		@Override
		public LambdaLogger getLogger() {
			return QUIET;
		}
	};

	private Priming() {
	}

	/**
	 * Invokes a handler as the runtime would, with the log dropped.
	 * @param handler the handler
	 * @param event the event's JSON
	 * @return the answer's JSON
	 */
	public static String invoke(RequestStreamHandler handler, String event) {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		try {
			handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), answer, CONTEXT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return answer.toString(StandardCharsets.UTF_8);
	}

}
