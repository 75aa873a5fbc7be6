package dev.passwordless.triggers;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.signup.SignUpRejectedException;
import dev.passwordless.triggers.signup.SignUpRules;
import dev.passwordless.triggers.snapstart.SnapStartHooks;

/**
 * Pre sign-up: validates the phone number and name, auto-confirms the user so sign-in
 * works at once, and leaves the phone unverified until the first code is entered.
 */
public class PreSignUpHandler extends JsonStreamHandler<CognitoUserPoolPreSignUpEvent> {

	private final SignUpRules rules;

	/** Kept: the runtime holds the SnapStart hooks weakly. */
	private final SnapStartHooks hooks;

	/** On Lambda: settings from the environment. */
	public PreSignUpHandler() {
		this(System.getenv());
	}

	/** For in-process hosts (the local Cognito) and tests: their settings. */
	public PreSignUpHandler(Map<String, String> environment) {
		super(EventJson::preSignUp, AnswerJson::preSignUp);
		this.rules = new SignUpRules(TriggerSettings.from(environment));
		this.hooks = SnapStartHooks.register("PreSignUp", environment, SnapStartHooks.NOTHING_TO_RENEW,
				() -> PrimingEvents.preSignUp(this));
	}

	@Override
	public CognitoUserPoolPreSignUpEvent handleRequest(CognitoUserPoolPreSignUpEvent event, Context context) {
		Map<String, String> attributes = Events.attributes(event.getRequest());
		String phone = attributes.get(Events.PHONE_NUMBER);
		this.rules.problem(phone, attributes.get(Events.NAME)).ifPresent((problem) -> {
			TriggerLog.line(context, "PreSignUp", "rejected", 0, phone);
			throw new SignUpRejectedException(problem);
		});
		CognitoUserPoolPreSignUpEvent.Response response = new CognitoUserPoolPreSignUpEvent.Response();
		response.setAutoConfirmUser(true);
		response.setAutoVerifyPhone(false);
		response.setAutoVerifyEmail(false);
		event.setResponse(response);
		TriggerLog.line(context, "PreSignUp", "accepted", 0, phone);
		return event;
	}

}
