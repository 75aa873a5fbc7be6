package dev.passwordless.triggers;

import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostAuthenticationEvent;
import dev.passwordless.triggers.challenge.NumberChange;
import dev.passwordless.triggers.snapstart.SnapStartHooks;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Post authentication: the first correct code proves the user owns the number, so the
 * phone is marked verified then (and left alone when it already is). After a number
 * change's code (decision 005) the new number replaces the old one, verified; a number
 * another account has fails the sign-in with {@code refusal=NUMBER_TAKEN}.
 *
 * <p>
 * Its event holds no session: it trusts the change because Cognito calls it only after
 * Define issued tokens for the same answer, with the same client metadata, and Define
 * issues them with that metadata only after a right code to that very number
 * ({@link dev.passwordless.triggers.challenge.ChallengeFlow}). It checks again what it
 * can see: the new number is in E.164 and not the current one.
 */
public class PostAuthenticationHandler extends JsonStreamHandler<CognitoUserPoolPostAuthenticationEvent> {

	private final PhoneVerification verification;

	private final PhoneNumberUpdate numberUpdate;

	/** Kept: the runtime holds the SnapStart hooks weakly. */
	private final SnapStartHooks hooks;

	/** On Lambda: settings from the environment. */
	public PostAuthenticationHandler() {
		this(System.getenv());
	}

	/** For in-process hosts (the local Cognito) and tests: their settings. */
	public PostAuthenticationHandler(Map<String, String> environment) {
		this(Dependencies.postAuthentication(environment));
	}

	PostAuthenticationHandler(Dependencies.PostAuthentication wiring) {
		super(EventJson::postAuthentication, AnswerJson::postAuthentication);
		this.verification = wiring.verification();
		this.numberUpdate = wiring.numberUpdate();
		this.hooks = wiring.hooks();
	}

	@Override
	public CognitoUserPoolPostAuthenticationEvent handleRequest(CognitoUserPoolPostAuthenticationEvent event,
			Context context) {
		Map<String, String> attributes = Events.attributes(event.getRequest());
		String phone = attributes.get(Events.PHONE_NUMBER);
		Optional<NumberChange> change = Events.numberChange(event.getRequest());
		if (change.isPresent()) {
			// no catch: a number not changed must not look changed
			this.numberUpdate.replace(event.getUserPoolId(), event.getUserName(), change.get().newPhoneNumber());
			TriggerLog.line(context, "PostAuthentication", "number-changed", 0, change.get().newPhoneNumber());
			return event;
		}
		if ("true".equals(attributes.get(Events.PHONE_NUMBER_VERIFIED))) {
			TriggerLog.line(context, "PostAuthentication", "already-verified", 0, phone);
			return event;
		}
		try {
			this.verification.markVerified(event.getUserPoolId(), event.getUserName());
			TriggerLog.line(context, "PostAuthentication", "phone-verified", 0, phone);
		}
		catch (SdkException ex) {
			// Not worth failing a sign-in the user just completed: the next sign-in tries
			// again.
			TriggerLog.line(context, "PostAuthentication", "verify-failed:" + ex.getClass().getSimpleName(), 0, phone);
		}
		return event;
	}

}
