package dev.passwordless.triggers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.ObjectMapper;
import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;

/**
 * Reads and writes events exactly as the Lambda Java runtime does for Cognito events (its
 * generic Jackson serializer), so a handler under test sees what it would see on AWS.
 */
final class LambdaRuntime {

	static final ObjectMapper JSON = JacksonFactory.getInstance().getMapper();

	private LambdaRuntime() {
	}

	/** An event fixture from {@code src/test/resources/events}, as an editable tree. */
	static ObjectNode fixture(String name) {
		try (InputStream in = LambdaRuntime.class.getResourceAsStream("/events/" + name + ".json")) {
			return (ObjectNode) JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Invokes a handler the way Lambda does: JSON in, the runtime's deserialization, the
	 * handler, the runtime's serialization of the result, JSON out.
	 */
	static <E> ObjectNode invoke(RequestHandler<E, E> handler, Class<E> type, ObjectNode event, Context context) {
		E input = JacksonFactory.getInstance().getSerializer(type).fromJson(event.toString());
		E output = handler.handleRequest(input, context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		JacksonFactory.getInstance().getSerializer(type).toJson(output, out);
		try {
			return (ObjectNode) JSON.readTree(out.toString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
