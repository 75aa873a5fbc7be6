package dev.passwordless.triggers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolEvent;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * What the triggers' handlers share: besides their event entry point (which in-process
 * hosts such as the local Cognito call), a stream entry point, which the Lambda runtime
 * prefers when a handler has one. It reads the event's JSON with {@link EventJson} and
 * writes the answer with {@link AnswerJson} instead of the runtime's reflective
 * serializer, a large part of a cold start.
 *
 * <p>
 * Public (with a package-private constructor) so that a host invoking the entry point
 * reflectively may; only the triggers extend it.
 *
 * @param <E> the trigger's event
 */
public abstract class JsonStreamHandler<E extends CognitoUserPoolEvent>
		implements RequestHandler<E, E>, RequestStreamHandler {

	private final Function<JsonNode, E> read;

	private final BiConsumer<E, JsonWriter> response;

	/**
	 * @param read the event from its JSON
	 * @param response writes the response of the event the handler returns
	 */
	JsonStreamHandler(Function<JsonNode, E> read, BiConsumer<E, JsonWriter> response) {
		this.read = read;
		this.response = response;
	}

	@Override
	public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
		JsonNode event = EventJson.parse(input);
		AnswerJson.answer(event, handleRequest(this.read.apply(event), context), this.response, output);
	}

}
