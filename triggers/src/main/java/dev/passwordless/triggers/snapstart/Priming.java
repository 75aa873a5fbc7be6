package dev.passwordless.triggers.snapstart;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;

/**
 * Runs a handler before a SnapStart snapshot the way the Lambda runtime runs it: the
 * event as JSON, read with the runtime's own serializer (part of the runtime, not of this
 * jar: skipped where it is absent), the handler, the result written back as JSON. The log
 * lines of a priming invocation go nowhere.
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
	 * @param type its event class
	 * @param event the event, turned into JSON and read back first
	 * @return what the handler answered
	 */
	public static <E> E invoke(RequestHandler<E, E> handler, Class<E> type, E event) {
		PojoSerializer<E> serializer = serializer(type);
		E input = event;
		if (serializer != null) {
			ByteArrayOutputStream json = new ByteArrayOutputStream();
			serializer.toJson(event, json);
			input = serializer.fromJson(json.toString(StandardCharsets.UTF_8));
		}
		E output = handler.handleRequest(input, CONTEXT);
		if (serializer != null) {
			serializer.toJson(output, OutputStream.nullOutputStream());
		}
		return output;
	}

	/**
	 * The runtime's serializer of an event class (for Cognito's events its generic
	 * Jackson one), or null outside the Lambda runtime.
	 */
	private static <E> PojoSerializer<E> serializer(Class<E> type) {
		try {
			return JacksonFactory.getInstance().getSerializer(type);
		}
		catch (LinkageError ex) {
			return null;
		}
	}

}
