package dev.passwordless.triggers;

import java.time.Clock;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolVerifyAuthChallengeResponseEvent;
import dev.passwordless.rules.PhoneMask;

/**
 * Verify auth challenge response: right only for the unexpired code, compared in constant
 * time. Malformed answers are wrong, never an error.
 */
public class VerifyAuthChallengeHandler implements
		RequestHandler<CognitoUserPoolVerifyAuthChallengeResponseEvent, CognitoUserPoolVerifyAuthChallengeResponseEvent> {

	private final CodeChallenges challenges;

	public VerifyAuthChallengeHandler() {
		this(System.getenv());
	}

	public VerifyAuthChallengeHandler(Map<String, String> environment) {
		this(environment, Clock.systemUTC());
	}

	/** For in-process hosts (the local Cognito) and tests: their settings and time. */
	public VerifyAuthChallengeHandler(Map<String, String> environment, Clock clock) {
		this(TriggerSettings.from(environment), clock);
	}

	VerifyAuthChallengeHandler(TriggerSettings settings, Clock clock) {
		this.challenges = new CodeChallenges(settings, (phone, text) -> {
			throw new IllegalStateException("Verify never sends SMS");
		}, null, clock, new java.security.SecureRandom());
	}

	@Override
	public CognitoUserPoolVerifyAuthChallengeResponseEvent handleRequest(
			CognitoUserPoolVerifyAuthChallengeResponseEvent event, Context context) {
		CognitoUserPoolVerifyAuthChallengeResponseEvent.Request request = event.getRequest();
		boolean correct = request != null && this.challenges.verify(event.getUserName(),
				request.getPrivateChallengeParameters(), request.getChallengeAnswer(), request.getUserNotFound());
		event.setResponse(new CognitoUserPoolVerifyAuthChallengeResponseEvent.Response(correct));
		TriggerLog.line(context, "VerifyAuthChallengeResponse", correct ? "correct" : "wrong", 0,
				PhoneMask.mask(Events.attributes(request).get(Events.PHONE_NUMBER)));
		return event;
	}

}
