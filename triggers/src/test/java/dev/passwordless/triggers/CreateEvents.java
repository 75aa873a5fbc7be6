package dev.passwordless.triggers;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import dev.passwordless.triggers.challenge.ChallengeParameters;

/**
 * First-round Create events, for the tests and benchmarks that call Create many times
 * (the handler tests read their events from the fixtures instead).
 */
final class CreateEvents {

	private static final String USER_NAME = "0f3c9a52-54b1-4e2e-9d0e-5f1f2b2f7a10";

	private CreateEvents() {
	}

	/** A first-round event for a registered user with this number, as JSON. */
	static String json(String phoneNumber) {
		return """
				{"version":"1","region":"us-east-1","userPoolId":"us-east-1_Example01",
				 "userName":"%s",
				 "callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3n4b5urk1ft4fl3mg5e62d9ado"},
				 "triggerSource":"CreateAuthChallenge_Authentication",
				 "request":{"userAttributes":{"sub":"%s","phone_number":"%s",
				   "cognito:user_status":"CONFIRMED","locale":"en"},
				   "challengeName":"CUSTOM_CHALLENGE","session":[],"userNotFound":false},
				 "response":{}}""".formatted(USER_NAME, USER_NAME, phoneNumber);
	}

	/** A first-round event for a registered user with this number. */
	static CognitoUserPoolCreateAuthChallengeEvent registered(String phoneNumber) {
		Map<String, String> attributes = new HashMap<>();
		attributes.put("sub", USER_NAME);
		attributes.put("phone_number", phoneNumber);
		attributes.put("cognito:user_status", "CONFIRMED");
		return event(USER_NAME, attributes, false);
	}

	/**
	 * A first-round event for a number nobody registered: no attributes, and a user name
	 * Cognito makes up anew each time.
	 */
	static CognitoUserPoolCreateAuthChallengeEvent unknown() {
		return event(UUID.randomUUID().toString(), Map.of(), true);
	}

	private static CognitoUserPoolCreateAuthChallengeEvent event(String userName, Map<String, String> attributes,
			boolean userNotFound) {
		CognitoUserPoolCreateAuthChallengeEvent.Request request = new CognitoUserPoolCreateAuthChallengeEvent.Request();
		request.setUserAttributes(attributes);
		request.setChallengeName(ChallengeParameters.CUSTOM_CHALLENGE);
		request.setSession(new CognitoUserPoolCreateAuthChallengeEvent.ChallengeResult[0]);
		request.setUserNotFound(userNotFound);
		CognitoUserPoolCreateAuthChallengeEvent event = new CognitoUserPoolCreateAuthChallengeEvent();
		event.setUserName(userName);
		event.setUserPoolId("us-east-1_Example01");
		event.setRequest(request);
		return event;
	}

}
