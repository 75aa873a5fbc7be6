package dev.passwordless.triggers;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import dev.passwordless.triggers.challenge.ChallengeFlow;
import dev.passwordless.triggers.challenge.ChallengeParameters;
import dev.passwordless.triggers.challenge.ChallengeRound;
import dev.passwordless.triggers.snapstart.SnapStartHooks;

/**
 * Define auth challenge: start with a code challenge, issue tokens after a correct code
 * (for a number change, only after the new number's, with an answer that names it:
 * decision 005), allow {@value ChallengeFlow#MAX_ATTEMPTS} wrong answers, fail on
 * anything else; refuse a number change to a number that cannot be one.
 */
public class DefineAuthChallengeHandler extends JsonStreamHandler<CognitoUserPoolDefineAuthChallengeEvent> {

	private final ChallengeFlow flow;

	/** Kept: the runtime holds the SnapStart hooks weakly. */
	private final SnapStartHooks hooks;

	/** On Lambda: settings from the environment, the system clock. */
	public DefineAuthChallengeHandler() {
		this(System.getenv(), Clock.systemUTC());
	}

	/** For in-process hosts (the local Cognito) and tests: their settings and time. */
	public DefineAuthChallengeHandler(Map<String, String> environment, Clock clock) {
		super(EventJson::define, AnswerJson::define);
		this.flow = new ChallengeFlow(clock);
		this.hooks = SnapStartHooks.register("DefineAuthChallenge", environment, SnapStartHooks.NOTHING_TO_RENEW,
				() -> PrimingEvents.define(this));
	}

	@Override
	public CognitoUserPoolDefineAuthChallengeEvent handleRequest(CognitoUserPoolDefineAuthChallengeEvent event,
			Context context) {
		CognitoUserPoolDefineAuthChallengeEvent.Request request = event.getRequest();
		List<ChallengeRound> session = Events.session((request != null) ? request.getSession() : null);
		boolean userNotFound = request != null && request.getUserNotFound();
		ChallengeFlow.Decision decision = this.flow.decide(session, userNotFound, Events.numberChange(request));
		CognitoUserPoolDefineAuthChallengeEvent.Response response = new CognitoUserPoolDefineAuthChallengeEvent.Response();
		response.setChallengeName(
				(decision.step() == ChallengeFlow.Step.CHALLENGE) ? ChallengeParameters.CUSTOM_CHALLENGE : null);
		response.setIssueTokens(decision.step() == ChallengeFlow.Step.ISSUE_TOKENS);
		response.setFailAuthentication(decision.step() == ChallengeFlow.Step.FAIL);
		event.setResponse(response);
		TriggerLog.line(context, "DefineAuthChallenge", decision.reason(), session.size(),
				Events.attributes(request).get(Events.PHONE_NUMBER));
		return event;
	}

}
