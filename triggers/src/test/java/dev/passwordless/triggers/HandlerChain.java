package dev.passwordless.triggers;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ArrayNode;
import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolVerifyAuthChallengeResponseEvent;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.triggers.challenge.CodeCheck;
import dev.passwordless.triggers.challenge.InMemoryIssuedStepStore;
import dev.passwordless.triggers.challenge.NumberOwners;
import dev.passwordless.triggers.challenge.TestChallenges;
import dev.passwordless.triggers.settings.TriggerSettings;

/**
 * Chains the Define, Create and Verify handlers the way Cognito does (section 2 of
 * {@code docs/cognito-custom-auth.md}), with JSON events in Cognito's shape, so tests can
 * walk whole sign-ins. A start may carry client metadata, which Cognito passes to Pre
 * authentication only; answers may too, which Cognito passes to Verify, Define, Create
 * and, once tokens are issued, Post authentication (a number change, decision 005).
 */
final class HandlerChain {

	enum Result {

		CHALLENGE, TOKENS, FAILED

	}

	final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	final RecordingSms sms = new RecordingSms();

	final RecordingContext context = new RecordingContext();

	private final DefineAuthChallengeHandler define = new DefineAuthChallengeHandler(Map.of(), this.clock);

	private final CreateAuthChallengeHandler create;

	/** Post authentication, run after tokens; null when the chain stops at tokens. */
	private final PostAuthenticationHandler postAuthentication;

	/** Pre authentication, run at each start; null when the chain has none. */
	private final PreAuthenticationHandler preAuthentication;

	/** The numbers Post authentication set, as {@code user=number}. */
	final List<String> numberUpdates = new ArrayList<>();

	/** The user's number in every event; the fixture's unless set. */
	String currentNumber = "+14155550123";

	private ObjectNode clientMetadata;

	private final VerifyAuthChallengeHandler verify;

	private final boolean userNotFound;

	private ArrayNode session = LambdaRuntime.JSON.createArrayNode();

	private String unknownUserName;

	private ObjectNode privateParameters;

	ObjectNode publicParameters;

	HandlerChain(TriggerSettings settings, boolean userNotFound) {
		this.create = TestTriggers.create(settings, this.sms, this.clock);
		this.verify = new VerifyAuthChallengeHandler(
				new CodeCheck(settings.codeLength(), TestChallenges.codeHashKey(), this.clock), Map.of());
		this.userNotFound = userNotFound;
		this.postAuthentication = null;
		this.preAuthentication = null;
	}

	/**
	 * A chain for a known user that starts with Pre authentication and goes on to Post
	 * authentication after tokens, with its limits (and number change offers) in this
	 * store, numbers looked up in these accounts and replaced by this update (which the
	 * chain records in {@link #numberUpdates} when it returns).
	 */
	HandlerChain(TriggerSettings settings, SendLimitStore store, NumberOwners owners, PhoneNumberUpdate update) {
		this.create = TestTriggers.create(settings, this.sms, store, new InMemoryIssuedStepStore(this.clock),
				this.clock, new SecureRandom(), (wait) -> {
				}, owners);
		this.verify = new VerifyAuthChallengeHandler(
				new CodeCheck(settings.codeLength(), TestChallenges.codeHashKey(), this.clock), Map.of());
		this.userNotFound = false;
		this.postAuthentication = new PostAuthenticationHandler(new Dependencies.PostAuthentication((pool, user) -> {
		}, (pool, user, number) -> {
			update.replace(pool, user, number);
			this.numberUpdates.add(user + "=" + number);
		}, null));
		this.preAuthentication = TestTriggers.preAuthentication(store, this.clock);
	}

	/**
	 * InitiateAuth: Define with an empty session, then Create. For an unknown user
	 * Cognito makes up a new user name each time.
	 */
	Result start() {
		return start(null);
	}

	/**
	 * InitiateAuth with this client metadata (null for none): Pre authentication (when
	 * the chain has it) gets it as {@code validationData}, Define and Create get none.
	 */
	Result start(Map<String, String> clientMetadata) {
		this.session = LambdaRuntime.JSON.createArrayNode();
		this.clientMetadata = null;
		this.unknownUserName = UUID.randomUUID().toString();
		if (this.preAuthentication != null) {
			ObjectNode event = withUser(LambdaRuntime.fixture("pre-authentication"));
			((ObjectNode) event.get("request")).set("validationData",
					(clientMetadata != null) ? LambdaRuntime.JSON.valueToTree(clientMetadata) : null);
			LambdaRuntime.invoke(this.preAuthentication, CognitoUserPoolPreAuthenticationEvent.class, event,
					this.context);
		}
		return defineThenCreate();
	}

	/**
	 * RespondToAuthChallenge: Verify, record the result, Define, and Create again if
	 * asked to.
	 */
	Result answer(String answer) {
		return answer(answer, null);
	}

	/**
	 * RespondToAuthChallenge with this client metadata (null for none), which Verify,
	 * Define, Create and Post authentication get.
	 */
	Result answer(String answer, Map<String, String> clientMetadata) {
		this.clientMetadata = (clientMetadata != null) ? LambdaRuntime.JSON.valueToTree(clientMetadata) : null;
		ObjectNode event = withUser(LambdaRuntime.fixture("verify-auth-challenge-response"));
		ObjectNode request = (ObjectNode) event.get("request");
		request.set("privateChallengeParameters", this.privateParameters);
		request.put("challengeAnswer", answer);
		ObjectNode verified = LambdaRuntime.invoke(this.verify, CognitoUserPoolVerifyAuthChallengeResponseEvent.class,
				event, this.context);
		boolean correct = verified.at("/response/answerCorrect").asBoolean();
		((ObjectNode) this.session.get(this.session.size() - 1)).put("challengeResult", correct);
		return defineThenCreate();
	}

	private Result defineThenCreate() {
		ObjectNode event = withUser(LambdaRuntime.fixture("define-auth-challenge"));
		((ObjectNode) event.get("request")).set("session", this.session.deepCopy());
		ObjectNode defined = LambdaRuntime.invoke(this.define, CognitoUserPoolDefineAuthChallengeEvent.class, event,
				this.context);
		if (defined.at("/response/failAuthentication").asBoolean()) {
			return Result.FAILED;
		}
		if (defined.at("/response/issueTokens").asBoolean()) {
			if (this.postAuthentication != null) {
				LambdaRuntime.invoke(this.postAuthentication, CognitoUserPoolPostAuthenticationEvent.class,
						withUser(LambdaRuntime.fixture("post-authentication")), this.context);
			}
			return Result.TOKENS;
		}
		ObjectNode createEvent = withUser(LambdaRuntime.fixture("create-auth-challenge"));
		((ObjectNode) createEvent.get("request")).set("session", this.session.deepCopy());
		ObjectNode created = LambdaRuntime.invoke(this.create, CognitoUserPoolCreateAuthChallengeEvent.class,
				createEvent, this.context);
		this.publicParameters = (ObjectNode) created.at("/response/publicChallengeParameters");
		this.privateParameters = (ObjectNode) created.at("/response/privateChallengeParameters");
		this.session.addObject()
			.put("challengeName", defined.at("/response/challengeName").asText())
			.put("challengeResult", false)
			.put("challengeMetadata", created.at("/response/challengeMetadata").asText());
		return Result.CHALLENGE;
	}

	ArrayNode session() {
		return this.session;
	}

	private ObjectNode withUser(ObjectNode event) {
		ObjectNode request = (ObjectNode) event.get("request");
		((ObjectNode) request.get("userAttributes")).put("phone_number", this.currentNumber);
		if (this.clientMetadata != null) {
			request.set("clientMetadata", this.clientMetadata.deepCopy());
		}
		if (this.userNotFound) {
			request.put("userNotFound", true);
			request.putObject("userAttributes");
			event.put("userName", this.unknownUserName);
		}
		return event;
	}

}
