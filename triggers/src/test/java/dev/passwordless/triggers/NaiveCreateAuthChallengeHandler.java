package dev.passwordless.triggers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;

/**
 * The cold-start benchmarks' naive same-work Create handler as a function of its own: a
 * plain {@code RequestHandler} (no stream entry point), so the Lambda runtime reads the
 * event and writes the answer with its own reflective serializer, built with every SDK
 * default ({@link ColdStartProbe#naive()}). Public with a public no-arg constructor, as
 * the runtime needs.
 */
public final class NaiveCreateAuthChallengeHandler
		implements RequestHandler<CognitoUserPoolCreateAuthChallengeEvent, CognitoUserPoolCreateAuthChallengeEvent> {

	private final CreateAuthChallengeHandler handler = ColdStartProbe.naive();

	@Override
	public CognitoUserPoolCreateAuthChallengeEvent handleRequest(CognitoUserPoolCreateAuthChallengeEvent event,
			Context context) {
		return this.handler.handleRequest(event, context);
	}

}
