package dev.passwordless.triggers;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;

/**
 * Create auth challenge: the first round sends a fresh code by SMS, later rounds of the
 * same sign-in reuse it and send nothing; unknown users get a decoy challenge of the same
 * shape and no SMS.
 */
public class CreateAuthChallengeHandler
		implements RequestHandler<CognitoUserPoolCreateAuthChallengeEvent, CognitoUserPoolCreateAuthChallengeEvent> {

	private final CodeChallenges challenges;

	public CreateAuthChallengeHandler() {
		this(System.getenv());
	}

	public CreateAuthChallengeHandler(Map<String, String> environment) {
		this(TriggerSettings.from(environment), environment);
	}

	private CreateAuthChallengeHandler(TriggerSettings settings, Map<String, String> environment) {
		this(settings, new SnsSmsSender(Dependencies.sns(environment), settings), Clock.systemUTC(),
				new SecureRandom());
	}

	CreateAuthChallengeHandler(TriggerSettings settings, SmsSender sms, Clock clock, SecureRandom random) {
		this.challenges = new CodeChallenges(settings, sms, clock, random);
	}

	@Override
	public CognitoUserPoolCreateAuthChallengeEvent handleRequest(CognitoUserPoolCreateAuthChallengeEvent event,
			Context context) {
		CognitoUserPoolCreateAuthChallengeEvent.Request request = event.getRequest();
		if (request == null || !ChallengeParameters.CUSTOM_CHALLENGE.equals(request.getChallengeName())) {
			throw new IllegalArgumentException("only CUSTOM_CHALLENGE is supported");
		}
		List<Attempt> session = Events.session(request.getSession());
		String phone = request.getUserNotFound() ? null : Events.attributes(request).get(Events.PHONE_NUMBER);
		try {
			CodeChallenges.Created created = this.challenges.create(event.getUserName(), phone,
					request.getUserNotFound(), session);
			event.setResponse(new CognitoUserPoolCreateAuthChallengeEvent.Response(created.publicParameters(),
					created.privateParameters(), created.metadata()));
			TriggerLog.line(context, "CreateAuthChallenge", created.outcome(), session.size() + 1,
					created.publicParameters().get(ChallengeParameters.PHONE));
			return event;
		}
		catch (SmsDeliveryException ex) {
			TriggerLog.line(context, "CreateAuthChallenge", "sms-failed:" + ex.getCause().getMessage(),
					session.size() + 1, PhoneNumbers.mask(phone));
			throw ex;
		}
	}

}
