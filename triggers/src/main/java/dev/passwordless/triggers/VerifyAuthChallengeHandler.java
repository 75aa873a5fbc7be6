package dev.passwordless.triggers;

import java.time.Clock;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolVerifyAuthChallengeResponseEvent;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.challenge.CodeCheck;
import dev.passwordless.triggers.settings.Secrets;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.snapstart.SnapStartHooks;

/**
 * Verify auth challenge response: event in, {@link CodeCheck}, right or wrong out.
 * Malformed answers are wrong, never an error.
 */
public class VerifyAuthChallengeHandler extends JsonStreamHandler<CognitoUserPoolVerifyAuthChallengeResponseEvent> {

	private final CodeCheck check;

	/** Kept: the runtime holds the SnapStart hooks weakly. */
	private final SnapStartHooks hooks;

	/** On Lambda: settings from the environment, the system clock. */
	public VerifyAuthChallengeHandler() {
		this(System.getenv(), Clock.systemUTC());
	}

	/** For in-process hosts (the local Cognito) and tests: their settings and time. */
	public VerifyAuthChallengeHandler(Map<String, String> environment, Clock clock) {
		this(new CodeCheck(TriggerSettings.from(environment).codeLength(),
				Secrets.hmacKey(environment, TriggerSettingNames.CODE_HASH_KEY), clock), environment);
	}

	VerifyAuthChallengeHandler(CodeCheck check, Map<String, String> environment) {
		super(EventJson::verify, AnswerJson::verify);
		this.check = check;
		this.hooks = SnapStartHooks.register("VerifyAuthChallengeResponse", environment,
				SnapStartHooks.NOTHING_TO_RENEW, () -> PrimingEvents.verify(this));
	}

	@Override
	public CognitoUserPoolVerifyAuthChallengeResponseEvent handleRequest(
			CognitoUserPoolVerifyAuthChallengeResponseEvent event, Context context) {
		CognitoUserPoolVerifyAuthChallengeResponseEvent.Request request = event.getRequest();
		boolean correct = request != null && this.check.isCorrect(event.getUserName(),
				request.getPrivateChallengeParameters(), request.getChallengeAnswer(), request.getUserNotFound());
		event.setResponse(new CognitoUserPoolVerifyAuthChallengeResponseEvent.Response(correct));
		TriggerLog.line(context, "VerifyAuthChallengeResponse", correct ? "correct" : "wrong", 0,
				Events.attributes(request).get(Events.PHONE_NUMBER));
		return event;
	}

}
