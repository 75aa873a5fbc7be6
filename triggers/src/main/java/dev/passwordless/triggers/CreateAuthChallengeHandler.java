package dev.passwordless.triggers;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import dev.passwordless.rules.PhoneMask;
import dev.passwordless.rules.Refusal;
import dev.passwordless.rules.SendLimitStore;

/**
 * Create auth challenge: the first round sends a fresh code by SMS, later rounds of the
 * same sign-in reuse it and send nothing; unknown users get a decoy challenge of the same
 * shape and no SMS. Before an SMS goes out the send limits are checked (country,
 * per-number cooldown and hourly cap, daily budget); configured test numbers get their
 * fixed code and no SMS.
 */
public class CreateAuthChallengeHandler
		implements RequestHandler<CognitoUserPoolCreateAuthChallengeEvent, CognitoUserPoolCreateAuthChallengeEvent> {

	private final CodeChallenges challenges;

	/** On Lambda: settings from the environment, limits in the DynamoDB table. */
	public CreateAuthChallengeHandler() {
		this(System.getenv());
	}

	/**
	 * Settings from an environment map; the limits live in the DynamoDB table named by
	 * {@link TriggerEnvironment#SEND_LIMITS_TABLE}.
	 */
	public CreateAuthChallengeHandler(Map<String, String> environment) {
		this(environment, Clock.systemUTC(), DynamoDbSendLimitStore.from(environment));
	}

	/**
	 * For in-process hosts that bring their own time and send-limits store (the local
	 * Cognito).
	 * @param environment the settings, {@link TriggerEnvironment#SEND_LIMIT_KEY} included
	 * @param clock the host's time
	 * @param store where the limits live
	 */
	public CreateAuthChallengeHandler(Map<String, String> environment, Clock clock, SendLimitStore store) {
		this(TriggerSettings.from(environment), environment, clock, store);
	}

	private CreateAuthChallengeHandler(TriggerSettings settings, Map<String, String> environment, Clock clock,
			SendLimitStore store) {
		this(settings, new SnsSmsSender(Dependencies.sns(environment), settings),
				new SendGuard(settings, store, environment.get(TriggerEnvironment.SEND_LIMIT_KEY), clock), clock,
				new SecureRandom());
	}

	CreateAuthChallengeHandler(TriggerSettings settings, SmsSender sms, SendGuard guard, Clock clock,
			SecureRandom random) {
		this.challenges = new CodeChallenges(settings, sms, guard, clock, random);
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
		catch (SmsRefusedException ex) {
			TriggerLog.line(context, "CreateAuthChallenge", "refused:" + ex.reason(), session.size() + 1,
					PhoneMask.mask(phone));
			if (ex.reason() == Refusal.Reason.DAILY_BUDGET) {
				TriggerLog.budgetExhausted(context, event.getUserPoolId());
			}
			throw ex;
		}
		catch (SmsDeliveryException ex) {
			TriggerLog.line(context, "CreateAuthChallenge", "sms-failed:" + ex.getCause().getMessage(),
					session.size() + 1, PhoneMask.mask(phone));
			throw ex;
		}
	}

}
