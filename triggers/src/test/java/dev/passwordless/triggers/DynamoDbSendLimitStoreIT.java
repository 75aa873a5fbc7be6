package dev.passwordless.triggers;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import dev.passwordless.rules.Counter;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.SendHistory;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.SendLimitStoreContract;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.challenge.IssuedStepStore;
import dev.passwordless.triggers.challenge.IssuedStepStoreContract;
import dev.passwordless.triggers.challenge.PendingNumberChanges;
import dev.passwordless.triggers.challenge.RetriedSteps;
import dev.passwordless.triggers.limits.SmsSendCheck;
import dev.passwordless.triggers.settings.TestSettings;
import dev.passwordless.triggers.snapstart.Entropy;
import dev.passwordless.triggers.sms.SmsDeliveryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The DynamoDB store against Amazon's DynamoDB Local, through the real SDK over HTTP. */
class DynamoDbSendLimitStoreIT extends SendLimitStoreContract {

	private static DynamoDbLocal dynamoDb;

	private static DynamoDbClient client;

	private static DynamoDbSendLimitStore store;

	@BeforeAll
	static void startDynamoDbLocal() {
		dynamoDb = DynamoDbLocal.start();
		dynamoDb.createSendLimitsTable("send-limits");
		client = dynamoDb.client();
		store = new DynamoDbSendLimitStore(client, "send-limits");
	}

	@AfterAll
	static void stopDynamoDbLocal() {
		client.close();
		dynamoDb.close();
	}

	@Override
	protected SendLimitStore store() {
		return store;
	}

	@Test
	void admitWhenAllowedThenStoresOnlyTheKeyedHashTheVersionTheTimesAndTheTtl() {
		SmsSendCheck check = TestTriggers.check(TestSettings.defaults(), store, new MovableClock());
		assertThat(check.admit("user", "+14155550188", false, (percent) -> {
		})).isEmpty();
		var items = client.scan((scan) -> scan.tableName("send-limits")).items();
		assertThat(items).isNotEmpty().allSatisfy((item) -> {
			assertThat(item.toString()).doesNotContain("4155550188");
			assertThat(item).containsKey(DynamoDbSendLimitStore.TTL);
		});
		String key = check.keyFor("+14155550188");
		assertThat(items).anySatisfy((item) -> assertThat(item.get(DynamoDbSendLimitStore.KEY).s()).isEqualTo(key));
		assertThat(store.find(key)).get()
			.satisfies((history) -> assertThat(history.expiresAt())
				.isEqualTo(history.sentAt().getLast().plus(Duration.ofHours(1))));
	}

	@Test
	void createWhenAllowedRefusedOrUnknownThenDynamoDbGetsTheSameRequests() {
		List<String> requests = new CopyOnWriteArrayList<>();
		ExecutionInterceptor recording = new ExecutionInterceptor() {
			@Override
			public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
				requests.add(context.request().getClass().getSimpleName());
			}
		};
		String number = "+1415" + (2_000_000 + new SecureRandom().nextInt(7_000_000));
		RecordingSms sms = new RecordingSms();
		try (DynamoDbClient recorded = dynamoDb.client(recording)) {
			CreateAuthChallengeHandler handler = TestTriggers.create(TestSettings.defaults(), sms,
					new DynamoDbSendLimitStore(recorded, "send-limits"), new MovableClock(), new SecureRandom());
			List<List<String>> perCall = new ArrayList<>();
			for (CognitoUserPoolCreateAuthChallengeEvent event : List.of(CreateEvents.registered(number),
					CreateEvents.registered(number), CreateEvents.unknown())) {
				handler.handleRequest(event, new RecordingContext());
				perCall.add(List.copyOf(requests));
				requests.clear();
			}
			assertThat(perCall.getFirst()).containsExactly("BatchGetItemRequest", "TransactWriteItemsRequest");
			assertThat(perCall).containsOnly(perCall.getFirst());
			assertThat(sms.sent).hasSize(1);
		}
	}

	@Test
	void createWhenSentSlowlyReissuedRefusedOrUnknownThenDynamoDbGetsTheSameRequestsStepIncluded() {
		List<String> requests = new CopyOnWriteArrayList<>();
		AtomicReference<CountDownLatch> stepWritten = new AtomicReference<>(new CountDownLatch(1));
		ExecutionInterceptor recording = new ExecutionInterceptor() {
			@Override
			public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
				requests.add(context.request().getClass().getSimpleName());
			}

			@Override
			public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
				if (context.request() instanceof PutItemRequest) {
					stepWritten.get().countDown();
				}
			}
		};
		String number = "+12025550" + (100 + new SecureRandom().nextInt(100));
		RecordingSms sms = new RecordingSms();
		MovableClock clock = new MovableClock();
		RecordingContext noTimeLeft = RecordingContext.withTimeLeft(0);
		try (DynamoDbClient recorded = dynamoDb.client(recording)) {
			CreateAuthChallengeHandler handler = TestTriggers.create(TestSettings.defaults(), (phone, text) -> {
				// SNS answers once the step is kept: a send still under way when it is
				try {
					assertThat(stepWritten.get().await(10, TimeUnit.SECONDS)).isTrue();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				sms.send(phone, text);
			}, new DynamoDbSendLimitStore(recorded, "send-limits"),
					new DynamoDbIssuedStepStore(recorded, "send-limits"), clock, new SecureRandom(), (wait) -> {
					});
			List<List<String>> perCall = new ArrayList<>();
			for (CognitoUserPoolCreateAuthChallengeEvent event : List.of(CreateEvents.registered(number),
					CreateEvents.registered(number), CreateEvents.registered(number), CreateEvents.unknown())) {
				stepWritten.set(new CountDownLatch(1));
				handler.handleRequest(event, noTimeLeft);
				perCall.add(List.copyOf(requests));
				requests.clear();
				clock.advance(RetriedSteps.COGNITO_TIMEOUT.multipliedBy(2));
			}
			assertThat(perCall.getFirst()).containsExactly("GetItemRequest", "BatchGetItemRequest",
					"TransactWriteItemsRequest", "PutItemRequest");
			assertThat(perCall).containsOnly(perCall.getFirst());
			assertThat(sms.sent).hasSize(1);
			assertThat(noTimeLeft.lines).extracting((line) -> line.replaceAll(".*\"outcome\":\"([^\"]+)\".*", "$1"))
				.containsExactly("code-sent", "code-reissued", "refused:TOO_MANY_CODES", "decoy");
		}
		var steps = client.scan((scan) -> scan.tableName("send-limits")).items();
		assertThat(steps).filteredOn((item) -> item.get(DynamoDbSendLimitStore.KEY).s().startsWith("s#"))
			.isNotEmpty()
			.allSatisfy((item) -> {
				assertThat(item.toString()).doesNotContain(number.substring(2));
				assertThat(item).containsKey(DynamoDbSendLimitStore.TTL);
			});
	}

	/** The steps Cognito may retry, in the same table. */
	@Nested
	class IssuedSteps extends IssuedStepStoreContract {

		@Override
		protected IssuedStepStore store() {
			return new DynamoDbIssuedStepStore(client, "send-limits");
		}

	}

	@Nested
	class PendingChanges {

		private final DynamoDbPendingNumberChanges changes = new DynamoDbPendingNumberChanges(client, "send-limits");

		private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

		@Test
		void findWhenOfferedThenEveryReadWithinTheLifetimeGetsTheNumberAndNoneAfter() {
			String key = "c#" + UUID.randomUUID();
			this.changes.offer(key, "+14155550177", this.now.plus(PendingNumberChanges.LIFETIME));
			assertThat(this.changes.find(key, this.now)).contains("+14155550177");
			assertThat(this.changes.find(key, this.now.plusSeconds(14))).contains("+14155550177");
			assertThat(this.changes.find(key, this.now.plus(PendingNumberChanges.LIFETIME))).isEmpty();
		}

		@Test
		void findWhenNothingWasOfferedOrAnotherKeyThenEmpty() {
			String key = "c#" + UUID.randomUUID();
			this.changes.offer(key, "+14155550177", this.now.plusSeconds(15));
			assertThat(this.changes.find("c#" + UUID.randomUUID(), this.now)).isEmpty();
		}

		@Test
		void offerWhenMadeAgainThenTheLaterNumberStands() {
			String key = "c#" + UUID.randomUUID();
			this.changes.offer(key, "+14155550177", this.now.plusSeconds(15));
			this.changes.offer(key, "+14155550178", this.now.plusSeconds(20));
			assertThat(this.changes.find(key, this.now.plusSeconds(16))).contains("+14155550178");
		}

	}

	@Test
	void createWhenRefusedForTheBudgetsReserveThenDynamoDbGetsTheSameRequests() {
		List<String> requests = new CopyOnWriteArrayList<>();
		ExecutionInterceptor recording = new ExecutionInterceptor() {
			@Override
			public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
				requests.add(context.request().getClass().getSimpleName());
			}
		};
		RecordingSms sms = new RecordingSms();
		// a day of its own: the budget of 2 is this test's alone
		MovableClock clock = MovableClock.stoppedAt(Instant.parse("2031-07-01T10:00:00Z"));
		try (DynamoDbClient recorded = dynamoDb.client(recording)) {
			CreateAuthChallengeHandler handler = TestTriggers.create(
					TestSettings.from(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "2")), sms,
					new DynamoDbSendLimitStore(recorded, "send-limits"), clock, new SecureRandom());
			List<List<String>> perCall = new ArrayList<>();
			for (CognitoUserPoolCreateAuthChallengeEvent event : List.of(CreateEvents.registered("+14155550171"),
					CreateEvents.registered("+14155550172"), CreateEvents.unknown())) {
				handler.handleRequest(event, new RecordingContext());
				perCall.add(List.copyOf(requests));
				requests.clear();
			}
			assertThat(perCall.getFirst()).containsExactly("BatchGetItemRequest", "TransactWriteItemsRequest");
			assertThat(perCall).containsOnly(perCall.getFirst());
			assertThat(sms.sent).extracting(RecordingSms.Sms::phoneNumber).containsExactly("+14155550171");
		}
	}

	@Test
	void findCountedWhenTheCountMovesPastAMarkThenTheMarkStaysAndALowerOneDoesNotReplaceIt() {
		String key = "n#" + UUID.randomUUID();
		Counter budget = new Counter("budget#" + key, 10, Instant.now().plus(Duration.ofDays(2)));
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		SendHistory first = new SendHistory(1, List.of(now));
		store.replaceCounted(key, Optional.empty(), first,
				new Counter(budget.key(), budget.limit(), budget.expiresAt(), 5), true);
		store.increment(budget.key(), budget.limit(), budget.expiresAt());
		store.replaceCounted(key, Optional.of(first), new SendHistory(2, first.sentAt()),
				new Counter(budget.key(), budget.limit(), budget.expiresAt(), 3), false);
		SendLimitStore.CountedHistory read = store.findCounted(key, budget.key());
		assertThat(read.count()).isEqualTo(2);
		assertThat(read.mark()).isEqualTo(5);
		assertThat(read.history()).contains(new SendHistory(2, first.sentAt()));
	}

	@Test
	void replaceCountedWhenTheBudgetIsUsedUpThenWritesNeitherTheHistoryNorTheCounter() {
		String key = "n#" + UUID.randomUUID();
		Counter budget = new Counter("budget#" + key, 1, Instant.now().plus(Duration.ofDays(2)));
		store.increment(budget.key(), budget.limit(), budget.expiresAt());
		SendHistory history = new SendHistory(1, List.of(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
		assertThat(store.replaceCounted(key, Optional.empty(), history, budget, true))
			.isEqualTo(SendLimitStore.WriteOutcome.COUNTER_AT_LIMIT);
		assertThat(store.find(key)).isEmpty();
		assertThat(store.count(budget.key())).isEqualTo(1);
	}

	@Test
	void replaceCountedWhenTheHistoryChangedThenCountsNothingAtomically() {
		String key = "n#" + UUID.randomUUID();
		Counter budget = new Counter("budget#" + key, 5, Instant.now().plus(Duration.ofDays(2)));
		SendHistory first = new SendHistory(1, List.of(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
		store.replace(key, Optional.empty(), first);
		assertThat(store.replaceCounted(key, Optional.empty(), first, budget, true))
			.isEqualTo(SendLimitStore.WriteOutcome.HISTORY_CHANGED);
		assertThat(store.count(budget.key())).isZero();
	}

	@Test
	void createWhenBuiltFromTheEnvironmentThenKeepsTheLimitsInTheNamedTableAtTheSdksEndpoint() {
		System.setProperty("aws.endpointUrlDynamoDb", dynamoDb.endpoint().toString());
		try {
			CreateAuthChallengeHandler create = new CreateAuthChallengeHandler(Dependencies
				.create(TestTriggers.lambdaEnvironment(), Clock.systemUTC(), Optional.empty(), new Entropy()));
			// an unknown user: the same store work as a sent code, and no SMS to send
			CognitoUserPoolCreateAuthChallengeEvent unknown = CreateEvents.unknown();
			create.handleRequest(unknown, new RecordingContext());
			String key = TestTriggers.check(TestSettings.defaults(), store, Clock.systemUTC())
				.keyFor("user:" + unknown.getUserName());
			assertThat(store.find(key)).isPresent();
		}
		finally {
			System.clearProperty("aws.endpointUrlDynamoDb");
		}
	}

	@Test
	void createWhenTheEnvironmentNamesNoTableThenRefusesToStart() {
		Map<String, String> environment = new HashMap<>(TestTriggers.lambdaEnvironment());
		environment.remove(TriggerSettingNames.SEND_LIMITS_TABLE);
		assertThatThrownBy(() -> Dependencies.create(environment, Clock.systemUTC(), Optional.empty(), new Entropy()))
			.hasMessage("SEND_LIMITS_TABLE must name the DynamoDB table that holds the SMS send limits");
	}

	@Test
	void admitWhenTheTableDoesNotExistThenFailsClosed() {
		SmsSendCheck check = TestTriggers.check(TestSettings.defaults(), new DynamoDbSendLimitStore(client, "missing"),
				new MovableClock());
		assertThatThrownBy(() -> check.admit("user", "+14155550188", false, (percent) -> {
		})).isInstanceOf(SmsDeliveryException.class);
		assertThatThrownBy(() -> check.admitUnknown("someone", (percent) -> {
		})).isInstanceOf(SmsDeliveryException.class);
	}

}
