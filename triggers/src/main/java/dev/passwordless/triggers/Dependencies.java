package dev.passwordless.triggers;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.SecretKey;

import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.challenge.CodeIssuer;
import dev.passwordless.triggers.challenge.InMemoryIssuedStepStore;
import dev.passwordless.triggers.challenge.InMemoryPendingNumberChanges;
import dev.passwordless.triggers.challenge.IssuedStepStore;
import dev.passwordless.triggers.challenge.NewNumberRound;
import dev.passwordless.triggers.challenge.NumberChangeOffers;
import dev.passwordless.triggers.challenge.PendingNumberChanges;
import dev.passwordless.triggers.challenge.RetriedSteps;
import dev.passwordless.triggers.limits.SmsSendCheck;
import dev.passwordless.triggers.settings.Secrets;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.snapstart.Entropy;
import dev.passwordless.triggers.snapstart.PrimingHttpClient;
import dev.passwordless.triggers.snapstart.SnapStartHooks;
import dev.passwordless.triggers.sms.Pause;
import dev.passwordless.triggers.sms.SmsDelivery;
import dev.passwordless.triggers.sms.SnsSmsSender;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds what the handlers use, once per execution environment: the services, the SDK
 * clients ({@link AwsClients}) and each handler's SnapStart hooks, which prime the same
 * services before the snapshot with requests that send and write nothing, and renew the
 * random generator and the credentials after a restore.
 *
 * @see "docs/decisions/002-snapstart-priming-and-fewer-round-trips.md"
 */
final class Dependencies {

	private Dependencies() {
	}

	/**
	 * Create's service and hooks.
	 *
	 * @param issuer issues the challenges
	 * @param newNumber issues a number change's challenges
	 * @param offers the number changes Pre authentication offers to first rounds
	 * @param clock the time source, for the budget alarm's time stamp
	 * @param hooks its SnapStart hooks; null where none are registered (on-demand starts,
	 * tests)
	 */
	record Create(CodeIssuer issuer, NewNumberRound newNumber, NumberChangeOffers offers, Clock clock,
			SnapStartHooks hooks) {
	}

	/**
	 * Pre authentication's service and hooks.
	 *
	 * @param offers where a number change is offered to Create
	 * @param hooks its SnapStart hooks; null where none are registered (tests)
	 */
	record PreAuthentication(NumberChangeOffers offers, SnapStartHooks hooks) {
	}

	/**
	 * Post authentication's service and hooks.
	 *
	 * @param verification marks the number verified
	 * @param numberUpdate replaces the number after a number change
	 * @param hooks its SnapStart hooks; null where none are registered (tests)
	 */
	record PostAuthentication(PhoneVerification verification, PhoneNumberUpdate numberUpdate, SnapStartHooks hooks) {
	}

	/**
	 * Create's service: settings and secrets checked first, then the SDK clients.
	 * @param environment the settings, the secrets included
	 * @param clock the time source
	 * @param given where the send limits live; empty for the DynamoDB table the
	 * environment names, which also keeps the steps Cognito may retry (given a store, the
	 * host runs the handler in its own process, which keeps them in memory)
	 * @param entropy the source of codes, salts and decoys
	 * @return the issuer of code challenges and its hooks
	 * @throws IllegalArgumentException naming the setting when one is not acceptable
	 */
	static Create create(Map<String, String> environment, Clock clock, Optional<SendLimitStore> given,
			Entropy entropy) {
		TriggerSettings settings = TriggerSettings.from(environment);
		SecretKey codeHashKey = Secrets.hmacKey(environment, TriggerSettingNames.CODE_HASH_KEY);
		SecretKey sendLimitKey = Secrets.hmacKey(environment, TriggerSettingNames.SEND_LIMIT_KEY);
		String table = given.isEmpty() ? DynamoDbSendLimitStore.table(environment) : null;
		AwsClients aws = new AwsClients(environment);
		DynamoDbClient dynamoDbClient = (table != null) ? aws.dynamoDb() : null;
		DynamoDbSendLimitStore dynamoDb = (table != null) ? new DynamoDbSendLimitStore(dynamoDbClient, table) : null;
		SendLimitStore store = (dynamoDb != null) ? dynamoDb : given.get();
		DynamoDbIssuedStepStore dynamoDbSteps = (table != null) ? new DynamoDbIssuedStepStore(dynamoDbClient, table)
				: null;
		IssuedStepStore steps = (dynamoDbSteps != null) ? dynamoDbSteps : new InMemoryIssuedStepStore(clock);
		SnsSmsSender sender = new SnsSmsSender(aws.sns(), settings.senderId(), settings.originationNumber());
		CodeIssuer issuer = new CodeIssuer(settings, codeHashKey,
				new SmsSendCheck(settings, store, sendLimitKey, clock),
				new SmsDelivery(sender, Pause.sleeping(), clock, entropy), clock, entropy,
				new RetriedSteps(steps, sendLimitKey));
		NewNumberRound newNumber = new NewNumberRound(settings, CognitoUserCalls.numberOwners(aws::cognito), issuer);
		PendingNumberChanges pending = (table != null) ? new DynamoDbPendingNumberChanges(dynamoDbClient, table)
				: InMemoryPendingNumberChanges.of(given.get());
		NumberChangeOffers offers = new NumberChangeOffers(() -> pending, sendLimitKey, clock);
		SnapStartHooks hooks = null;
		if (SnapStartHooks.isSnapStart(environment)) {
			// made only then: its steps are lambdas, which an on-demand start need not
			// link
			hooks = SnapStartHooks.register("CreateAuthChallenge", environment, () -> {
				entropy.renew();
				aws.renewCredentials();
			}, () -> PrimingEvents
				.create(primingCreate(environment, codeHashKey, sendLimitKey, clock, sender, entropy)), () -> {
					if (dynamoDb != null) {
						dynamoDb.prime();
						dynamoDbSteps.prime();
						offers.find("priming", "priming");
					}
				});
		}
		return new Create(issuer, newNumber, offers, clock, hooks);
	}

	/**
	 * Pre authentication's service: the offers, in the DynamoDB table the environment
	 * names (its client made at the first change) or, given the pool's store, in memory.
	 */
	static PreAuthentication preAuthentication(Map<String, String> environment, Clock clock,
			Optional<SendLimitStore> given) {
		SecretKey sendLimitKey = Secrets.hmacKey(environment, TriggerSettingNames.SEND_LIMIT_KEY);
		String table = given.isEmpty() ? DynamoDbSendLimitStore.table(environment) : null;
		AtomicReference<PendingNumberChanges> made = new AtomicReference<>();
		NumberChangeOffers offers = new NumberChangeOffers(
				() -> made.updateAndGet((store) -> (store != null) ? store
						: (table != null)
								? new DynamoDbPendingNumberChanges(new AwsClients(environment).dynamoDb(), table)
								: InMemoryPendingNumberChanges.of(given.get())),
				sendLimitKey, clock);
		SnapStartHooks hooks = SnapStartHooks.register("PreAuthentication", environment,
				SnapStartHooks.NOTHING_TO_RENEW, () -> PrimingEvents
					.preAuthentication(new PreAuthenticationHandler(new PreAuthentication(offers, null))));
		return new PreAuthentication(offers, hooks);
	}

	/**
	 * Create as priming runs it, made only then: the same services over a store of its
	 * own, with a budget priming never uses up, publishing through the priming path
	 * (never sent).
	 */
	private static CreateAuthChallengeHandler primingCreate(Map<String, String> environment, SecretKey codeHashKey,
			SecretKey sendLimitKey, Clock clock, SnsSmsSender sender, Entropy entropy) {
		Map<String, String> priming = new HashMap<>(environment);
		priming.put(TriggerSettingNames.DAILY_SMS_BUDGET, "10000000");
		TriggerSettings settings = TriggerSettings.from(priming);
		SmsSendCheck check = new SmsSendCheck(settings, new InMemorySendLimitStore(clock), sendLimitKey, clock);
		SmsDelivery neverSent = new SmsDelivery(sender::prime, (wait) -> {
		}, clock, entropy);
		CodeIssuer issuer = new CodeIssuer(settings, codeHashKey, check, neverSent, clock, entropy,
				new RetriedSteps(new InMemoryIssuedStepStore(clock), sendLimitKey));
		// priming walks no number change: no lookup, no offers
		InMemoryPendingNumberChanges none = new InMemoryPendingNumberChanges();
		return new CreateAuthChallengeHandler(
				new Create(issuer, new NewNumberRound(settings, (pool, number) -> true, issuer),
						new NumberChangeOffers(() -> none, sendLimitKey, clock), clock, null));
	}

	/**
	 * Post authentication's service: marks the number verified through Cognito's admin
	 * API.
	 */
	static PostAuthentication postAuthentication(Map<String, String> environment) {
		AwsClients aws = new AwsClients(environment);
		CognitoIdentityProviderClient cognito = aws.cognito();
		PhoneVerification verification = (userPoolId, userName) -> CognitoUserCalls.markVerified(cognito, userPoolId,
				userName, null);
		PhoneVerification priming = (userPoolId, userName) -> CognitoUserCalls.markVerified(cognito, userPoolId,
				userName, PrimingHttpClient.marked());
		PhoneNumberUpdate numberUpdate = CognitoUserCalls.numberUpdate(cognito);
		SnapStartHooks hooks = SnapStartHooks.register("PostAuthentication", environment, aws::renewCredentials,
				() -> PrimingEvents.postAuthentication(
						new PostAuthenticationHandler(new PostAuthentication(priming, (pool, user, number) -> {
							throw new IllegalStateException("priming changes no number");
						}, null))));
		return new PostAuthentication(verification, numberUpdate, hooks);
	}

}
