package dev.passwordless.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;

/** A Define trigger that takes longer than any budget. */
public class SlowDefineHandler
		implements RequestHandler<CognitoUserPoolDefineAuthChallengeEvent, CognitoUserPoolDefineAuthChallengeEvent> {

	@Override
	public CognitoUserPoolDefineAuthChallengeEvent handleRequest(CognitoUserPoolDefineAuthChallengeEvent event,
			Context context) {
		try {
			Thread.sleep(60_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return event;
	}

}
