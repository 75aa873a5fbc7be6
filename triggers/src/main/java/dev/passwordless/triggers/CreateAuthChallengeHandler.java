package dev.passwordless.triggers;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.triggers.challenge.ChallengeRound;
import dev.passwordless.triggers.challenge.CodeIssuer;
import dev.passwordless.triggers.challenge.IssuedChallenge;
import dev.passwordless.triggers.challenge.RetriedSteps;
import dev.passwordless.triggers.limits.BudgetAlarm;
import dev.passwordless.triggers.limits.DailyBudgetExhaustedException;
import dev.passwordless.triggers.snapstart.Entropy;
import dev.passwordless.triggers.sms.SmsDeliveryException;

/** Create auth challenge: event in, {@link CodeIssuer}, challenge out, one log line. */
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
		List<ChallengeRound> session = Events.customChallengeSession(event.getRequest());
		String phone = Events.phoneNumberOfKnownUser(event.getRequest());
		BudgetAlarm alarm = (percent) -> TriggerLog.budgetUsed(context, percent, event.getUserPoolId(),
				this.services.clock().instant());
		try {
			IssuedChallenge issued = this.services.issuer()
				.issue(event.getUserName(), phone, Events.hasSignedInBefore(event.getRequest()),
						Events.locale(event.getRequest()), session, alarm, RetriedSteps.slowAfter(timeLeft(context)));
			event.setResponse(new CognitoUserPoolCreateAuthChallengeEvent.Response(issued.publicParameters(),
					issued.privateParameters(), issued.metadata()));
			TriggerLog.line(context, "CreateAuthChallenge", issued.outcome(), session.size() + 1, phone);
			return event;
		}
		catch (DailyBudgetExhaustedException | SmsDeliveryException ex) {
			TriggerLog.codeNotSent(context, ex, session.size() + 1, phone, event.getUserPoolId(),
					this.services.clock().instant());
			throw ex;
		}
	}

	/**
	 * The invocation's time left; Cognito's whole wait when a caller passes no context.
	 */
	private static int timeLeft(Context context) {
		return (context != null) ? context.getRemainingTimeInMillis() : (int) RetriedSteps.COGNITO_TIMEOUT.toMillis();
	}

}
