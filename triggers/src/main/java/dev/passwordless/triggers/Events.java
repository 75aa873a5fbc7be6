package dev.passwordless.triggers;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolEvent;

/**
 * Null-safe reading of Cognito events: Cognito leaves out or nulls what it has no value
 * for.
 */
final class Events {

	static final String PHONE_NUMBER = "phone_number";

	static final String PHONE_NUMBER_VERIFIED = "phone_number_verified";

	static final String NAME = "name";

	private Events() {
	}

	static Map<String, String> attributes(CognitoUserPoolEvent.Request request) {
		return (request != null && request.getUserAttributes() != null) ? request.getUserAttributes() : Map.of();
	}

	static List<Attempt> session(CognitoUserPoolDefineAuthChallengeEvent.ChallengeResult[] session) {
		return (session != null) ? Arrays.stream(session)
			.map((round) -> new Attempt(round.getChallengeName(), round.getChallengeResult(),
					round.getChallengeMetadata()))
			.toList() : List.of();
	}

	static List<Attempt> session(CognitoUserPoolCreateAuthChallengeEvent.ChallengeResult[] session) {
		return (session != null) ? Arrays.stream(session)
			.map((round) -> new Attempt(round.getChallengeName(), round.getChallengeResult(),
					round.getChallengeMetadata()))
			.toList() : List.of();
	}

}
