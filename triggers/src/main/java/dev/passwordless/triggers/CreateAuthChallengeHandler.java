package dev.passwordless.triggers;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.triggers.challenge.ChallengeFlow;
import dev.passwordless.triggers.challenge.ChallengeRound;
import dev.passwordless.triggers.challenge.CodeIssuer;
import dev.passwordless.triggers.challenge.IssuedChallenge;
import dev.passwordless.triggers.challenge.NewNumberRound;
import dev.passwordless.triggers.challenge.NumberChange;
import dev.passwordless.triggers.challenge.RetriedSteps;
import dev.passwordless.triggers.snapstart.Entropy;

/**
 * Create auth challenge: event in, {@link CodeIssuer} (or, for a number change, which Pre
 * authentication offered to the first round, {@link NewNumberRound}), challenge out, one
 * log line.
 */
public class CreateAuthChallengeHandler extends JsonStreamHandler<CognitoUserPoolCreateAuthChallengeEvent> {

	/** The issuer, the clock and the SnapStart hooks, which the runtime holds weakly. */
	private final Dependencies.Create services;

	/** On Lambda: settings from the environment, limits in the DynamoDB table. */
	public CreateAuthChallengeHandler() {
		this(Dependencies.create(System.getenv(), Clock.systemUTC(), Optional.empty(), new Entropy()));
	}

	/** For in-process hosts such as the local Cognito: settings, time, limits store. */
	public CreateAuthChallengeHandler(Map<String, String> environment, Clock clock, SendLimitStore store) {
		this(Dependencies.create(environment, clock, Optional.of(store), new Entropy()));
	}

	CreateAuthChallengeHandler(Dependencies.Create services) {
		super(EventJson::create, AnswerJson::create);
		this.services = services;
	}

	@Override
	public CognitoUserPoolCreateAuthChallengeEvent handleRequest(CognitoUserPoolCreateAuthChallengeEvent event,
			Context context) {
		CognitoUserPoolCreateAuthChallengeEvent.Request request = event.getRequest();
		List<ChallengeRound> session = Events.customChallengeSession(request);
		// without a context (a caller such as the shaded-jar check), Cognito's whole wait
		Duration slowAfter = RetriedSteps.slowAfter(
				(context != null) ? context.getRemainingTimeInMillis() : (int) RetriedSteps.COGNITO_TIMEOUT.toMillis());
		CreateLog log = new CreateLog(context, event.getUserPoolId(), this.services.clock());
		// every first round reads the offers, an unknown number's too; later rounds of a
		// change carry its number in their metadata
		Optional<NumberChange> change = session.isEmpty()
				? this.services.offers().find(event.getUserPoolId(), event.getUserName())
				: ChallengeFlow.changingTo(session);
		String phone = Events.phoneNumberOfKnownUser(request);
		IssuedChallenge issued = (change.isPresent() && phone != null)
				? this.services.newNumber()
					.issue(event.getUserPoolId(), event.getUserName(), change.get(), Events.hasSignedInBefore(request),
							Events.locale(request), session, log, slowAfter)
				: this.services.issuer()
					.issue(event.getUserName(), phone, Events.hasSignedInBefore(request), Events.locale(request),
							session, log, slowAfter);
		event.setResponse(new CognitoUserPoolCreateAuthChallengeEvent.Response(issued.publicParameters(),
				issued.privateParameters(), issued.metadata()));
		return event;
	}

}
