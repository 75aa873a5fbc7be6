package dev.passwordless.triggers;

import java.util.HashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolVerifyAuthChallengeResponseEvent;
import dev.passwordless.triggers.challenge.ChallengeParameters;
import dev.passwordless.triggers.signup.SignUpRejectedException;
import dev.passwordless.triggers.snapstart.Priming;

/**
 * The invocations each handler runs before a SnapStart snapshot: events like Cognito's
 * that take the handler's usual paths, for numbers reserved for fiction, through handlers
 * wired so that nothing is sent or stored (see {@link Dependencies}).
 */
final class PrimingEvents {

	/** A key no send history ever has. */
	static final String NEVER_WRITTEN = "priming#never-written";

	private static final String POOL = "us-east-1_Priming01";

	private PrimingEvents() {
	}

	/**
	 * A code in English, the same session's second round, a code in German, an unknown
	 * user's decoy.
	 */
	static void create(CreateAuthChallengeHandler handler) {
		CognitoUserPoolCreateAuthChallengeEvent first = Priming.invoke(handler,
				CognitoUserPoolCreateAuthChallengeEvent.class, createEvent("priming-en", "+12025550100", "en", false));
		CognitoUserPoolCreateAuthChallengeEvent second = createEvent("priming-en", "+12025550100", "en", false);
		second.getRequest()
			.setSession(new CognitoUserPoolCreateAuthChallengeEvent.ChallengeResult[] {
					new CognitoUserPoolCreateAuthChallengeEvent.ChallengeResult(ChallengeParameters.CUSTOM_CHALLENGE,
							false, first.getResponse().getChallengeMetadata()) });
		Priming.invoke(handler, CognitoUserPoolCreateAuthChallengeEvent.class, second);
		Priming.invoke(handler, CognitoUserPoolCreateAuthChallengeEvent.class,
				createEvent("priming-de", "+12025550101", "de-DE", false));
		Priming.invoke(handler, CognitoUserPoolCreateAuthChallengeEvent.class,
				createEvent("priming-unknown", null, null, true));
	}

	/** A first round, a round after a wrong answer, a round after the right one. */
	static void define(DefineAuthChallengeHandler handler) {
		for (Boolean[] results : new Boolean[][] { {}, { false }, { false, true } }) {
			CognitoUserPoolDefineAuthChallengeEvent.ChallengeResult[] session = new CognitoUserPoolDefineAuthChallengeEvent.ChallengeResult[results.length];
			for (int i = 0; i < results.length; i++) {
				session[i] = new CognitoUserPoolDefineAuthChallengeEvent.ChallengeResult(
						ChallengeParameters.CUSTOM_CHALLENGE, results[i], "CODE2:0:x:y");
			}
			CognitoUserPoolDefineAuthChallengeEvent event = new CognitoUserPoolDefineAuthChallengeEvent();
			event.setUserPoolId(POOL);
			event.setUserName("priming");
			event.setRequest(CognitoUserPoolDefineAuthChallengeEvent.Request.builder()
				.withUserAttributes(attributes("+12025550100", null))
				.withSession(session)
				.build());
			Priming.invoke(handler, CognitoUserPoolDefineAuthChallengeEvent.class, event);
		}
	}

	/** A wrong answer to a well-formed challenge, and a malformed answer. */
	static void verify(VerifyAuthChallengeHandler handler) {
		// a challenge of the stored form (expiry, 16-byte salt, 32-byte hash) that no
		// code
		// answers
		String challenge = "CODE2:" + Long.MAX_VALUE / 1000 + ":" + "A".repeat(22) + ":" + "A".repeat(43);
		for (String answer : new String[] { "123456", "12 34" }) {
			CognitoUserPoolVerifyAuthChallengeResponseEvent event = new CognitoUserPoolVerifyAuthChallengeResponseEvent();
			event.setUserPoolId(POOL);
			event.setUserName("priming");
			event.setRequest(CognitoUserPoolVerifyAuthChallengeResponseEvent.Request.builder()
				.withUserAttributes(attributes("+12025550100", null))
				.withPrivateChallengeParameters(Map.of(ChallengeParameters.PRIVATE_CHALLENGE, challenge))
				.withChallengeAnswer(answer)
				.build());
			Priming.invoke(handler, CognitoUserPoolVerifyAuthChallengeResponseEvent.class, event);
		}
	}

	/** A registration that passes and one that is refused. */
	static void preSignUp(PreSignUpHandler handler) {
		for (String phone : new String[] { "+12025550100", "+1202" }) {
			CognitoUserPoolPreSignUpEvent event = new CognitoUserPoolPreSignUpEvent();
			event.setUserPoolId(POOL);
			event.setUserName("priming");
			Map<String, String> attributes = attributes(phone, null);
			attributes.put(Events.NAME, "Ada Lovelace");
			event.setRequest(CognitoUserPoolPreSignUpEvent.Request.builder().withUserAttributes(attributes).build());
			try {
				Priming.invoke(handler, CognitoUserPoolPreSignUpEvent.class, event);
			}
			catch (SignUpRejectedException ex) {
				// the refused one
			}
		}
	}

	/** A first sign-in, which marks the number verified. */
	static void postAuthentication(PostAuthenticationHandler handler) {
		CognitoUserPoolPostAuthenticationEvent event = new CognitoUserPoolPostAuthenticationEvent();
		event.setUserPoolId(POOL);
		event.setUserName("priming");
		Map<String, String> attributes = attributes("+12025550100", null);
		attributes.put(Events.PHONE_NUMBER_VERIFIED, "false");
		event.setRequest(
				CognitoUserPoolPostAuthenticationEvent.Request.builder().withUserAttributes(attributes).build());
		Priming.invoke(handler, CognitoUserPoolPostAuthenticationEvent.class, event);
	}

	private static CognitoUserPoolCreateAuthChallengeEvent createEvent(String userName, String phone, String locale,
			boolean unknown) {
		CognitoUserPoolCreateAuthChallengeEvent.Request request = new CognitoUserPoolCreateAuthChallengeEvent.Request();
		request.setUserAttributes(unknown ? new HashMap<>() : attributes(phone, locale));
		request.setChallengeName(ChallengeParameters.CUSTOM_CHALLENGE);
		request.setSession(new CognitoUserPoolCreateAuthChallengeEvent.ChallengeResult[0]);
		request.setUserNotFound(unknown);
		CognitoUserPoolCreateAuthChallengeEvent event = new CognitoUserPoolCreateAuthChallengeEvent();
		event.setUserPoolId(POOL);
		event.setUserName(userName);
		event.setRequest(request);
		return event;
	}

	private static Map<String, String> attributes(String phone, String locale) {
		Map<String, String> attributes = new HashMap<>();
		attributes.put("sub", "00000000-0000-4000-8000-000000000000");
		attributes.put(Events.PHONE_NUMBER, phone);
		if (locale != null) {
			attributes.put(Events.LOCALE, locale);
		}
		return attributes;
	}

}
