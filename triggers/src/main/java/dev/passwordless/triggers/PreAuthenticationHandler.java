package dev.passwordless.triggers;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreAuthenticationEvent;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.triggers.challenge.NumberChange;
import dev.passwordless.triggers.challenge.NumberChangeOffers;
import dev.passwordless.triggers.snapstart.SnapStartHooks;

/**
 * Pre authentication: hands a number change to Create (decision 005). The app starts a
 * number change with {@code InitiateAuth} whose {@code ClientMetadata} names the new
 * number; Cognito passes that metadata to this trigger only, as {@code validationData},
 * so this trigger offers the number to the same sign-in's first Create round
 * ({@link NumberChangeOffers}), which sends the code to it instead of the current number.
 * An ordinary sign-in carries no metadata and costs nothing here: no store request, no
 * SDK client. A number that cannot be one is refused with a typed refusal, which fails
 * the {@code InitiateAuth}.
 *
 * <p>
 * Only the app can send that metadata: {@code InitiateAuth} of its client needs the
 * client secret's {@code SECRET_HASH}, and the app starts a change only after a fresh
 * sign-in.
 */
public class PreAuthenticationHandler extends JsonStreamHandler<CognitoUserPoolPreAuthenticationEvent> {

	private final NumberChangeOffers offers;

	/** Kept: the runtime holds the SnapStart hooks weakly. */
	private final SnapStartHooks hooks;

	/** On Lambda: settings from the environment, offers in the DynamoDB table. */
	public PreAuthenticationHandler() {
		this(Dependencies.preAuthentication(System.getenv(), Clock.systemUTC(), Optional.empty()));
	}

	/**
	 * For in-process hosts (the local Cognito): settings, time, and the pool's
	 * send-limits store, whose Create handler finds the offers.
	 */
	public PreAuthenticationHandler(Map<String, String> environment, Clock clock, SendLimitStore store) {
		this(Dependencies.preAuthentication(environment, clock, Optional.of(store)));
	}

	PreAuthenticationHandler(Dependencies.PreAuthentication wiring) {
		super(EventJson::preAuthentication, AnswerJson::preAuthentication);
		this.offers = wiring.offers();
		this.hooks = wiring.hooks();
	}

	@Override
	public CognitoUserPoolPreAuthenticationEvent handleRequest(CognitoUserPoolPreAuthenticationEvent event,
			Context context) {
		CognitoUserPoolPreAuthenticationEvent.Request request = event.getRequest();
		String phone = Events.attributes(request).get(Events.PHONE_NUMBER);
		if (request == null || request.getUserNotFound()) {
			TriggerLog.line(context, "PreAuthentication", "sign-in", 0, null);
			return event;
		}
		Optional<NumberChange> change = Events.numberChange(request);
		if (change.isEmpty()) {
			TriggerLog.line(context, "PreAuthentication", "sign-in", 0, phone);
			return event;
		}
		this.offers.offer(event.getUserPoolId(), event.getUserName(), change.get());
		TriggerLog.line(context, "PreAuthentication", "number-change-offered", 0, change.get().newPhoneNumber());
		return event;
	}

}
