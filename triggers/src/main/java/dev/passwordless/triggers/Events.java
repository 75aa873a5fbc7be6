package dev.passwordless.triggers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreAuthenticationEvent;
import dev.passwordless.triggers.challenge.ChallengeParameters;
import dev.passwordless.triggers.challenge.ChallengeRound;
import dev.passwordless.triggers.challenge.NumberChange;

/**
 * Null-safe reading of Cognito events into plain values: Cognito leaves out or nulls what
 * it has no value for.
 */
final class Events {

	static final String PHONE_NUMBER = "phone_number";

	static final String PHONE_NUMBER_VERIFIED = "phone_number_verified";

	static final String NAME = "name";

	/**
	 * The standard attribute the app sets at sign-up: the language of the person's SMS.
	 */
	static final String LOCALE = "locale";

	private Events() {
	}

	static Map<String, String> attributes(CognitoUserPoolEvent.Request request) {
		return (request != null && request.getUserAttributes() != null) ? request.getUserAttributes() : Map.of();
	}

	static List<ChallengeRound> session(CognitoUserPoolDefineAuthChallengeEvent.ChallengeResult[] session) {
		List<ChallengeRound> rounds = new ArrayList<>();
		for (CognitoUserPoolDefineAuthChallengeEvent.ChallengeResult round : (session != null) ? session
				: new CognitoUserPoolDefineAuthChallengeEvent.ChallengeResult[0]) {
			rounds.add(new ChallengeRound(round.getChallengeName(), round.getChallengeResult(),
					round.getChallengeMetadata()));
		}
		return rounds;
	}

	/**
	 * The rounds so far of a Create event that asks for our custom challenge.
	 * @throws IllegalArgumentException when it asks for any other challenge
	 */
	static List<ChallengeRound> customChallengeSession(CognitoUserPoolCreateAuthChallengeEvent.Request request) {
		if (request == null || !ChallengeParameters.CUSTOM_CHALLENGE.equals(request.getChallengeName())) {
			throw new IllegalArgumentException("only CUSTOM_CHALLENGE is supported");
		}
		List<ChallengeRound> rounds = new ArrayList<>();
		for (CognitoUserPoolCreateAuthChallengeEvent.ChallengeResult round : (request.getSession() != null)
				? request.getSession() : new CognitoUserPoolCreateAuthChallengeEvent.ChallengeResult[0]) {
			rounds.add(new ChallengeRound(round.getChallengeName(), round.getChallengeResult(),
					round.getChallengeMetadata()));
		}
		return rounds;
	}

	/**
	 * The number change a Define event's answer asks for (only RespondToAuthChallenge
	 * passes client metadata: {@link NumberChange}).
	 * @throws dev.passwordless.triggers.challenge.NumberChangeRefusedException when it
	 * names a number that cannot be one
	 */
	static Optional<NumberChange> numberChange(CognitoUserPoolDefineAuthChallengeEvent.Request request) {
		return (request == null) ? Optional.empty()
				: NumberChange.requested(request.getClientMetadata(), attributes(request).get(PHONE_NUMBER));
	}

	/** The same for a Create event. */
	static Optional<NumberChange> numberChange(CognitoUserPoolCreateAuthChallengeEvent.Request request) {
		return (request == null) ? Optional.empty()
				: NumberChange.requested(request.getClientMetadata(), attributes(request).get(PHONE_NUMBER));
	}

	/**
	 * The number change a Pre authentication event's sign-in asks for: InitiateAuth
	 * passes its client metadata to Pre authentication as {@code validationData}.
	 */
	static Optional<NumberChange> numberChange(CognitoUserPoolPreAuthenticationEvent.Request request) {
		return (request == null) ? Optional.empty()
				: NumberChange.requested(request.getValidationData(), attributes(request).get(PHONE_NUMBER));
	}

	/** The same for a Post authentication event. */
	static Optional<NumberChange> numberChange(CognitoUserPoolPostAuthenticationEvent.Request request) {
		return (request == null) ? Optional.empty()
				: NumberChange.requested(request.getClientMetadata(), attributes(request).get(PHONE_NUMBER));
	}

	/** The user's {@code locale} attribute, or null when there is none. */
	static String locale(CognitoUserPoolCreateAuthChallengeEvent.Request request) {
		return attributes(request).get(LOCALE);
	}

	/**
	 * Whether the user's number has signed in before: its {@code phone_number_verified}
	 * is {@code "true"}, which {@link PostAuthenticationHandler} sets after the first
	 * correct code (Pre sign-up leaves it unverified).
	 */
	static boolean hasSignedInBefore(CognitoUserPoolCreateAuthChallengeEvent.Request request) {
		return request != null && !request.getUserNotFound()
				&& "true".equals(attributes(request).get(PHONE_NUMBER_VERIFIED));
	}

	/** The user's number, or null when Cognito flagged the user as unknown. */
	static String phoneNumberOfKnownUser(CognitoUserPoolCreateAuthChallengeEvent.Request request) {
		return (request == null || request.getUserNotFound()) ? null : attributes(request).get(PHONE_NUMBER);
	}

}
