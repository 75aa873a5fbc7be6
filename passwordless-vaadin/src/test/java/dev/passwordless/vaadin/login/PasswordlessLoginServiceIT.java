package dev.passwordless.vaadin.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.passwordless.vaadin.audit.AuditKind;
import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.audit.RecordedAudit;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.LastSignIns;
import dev.passwordless.vaadin.store.InMemoryDatabase;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import dev.passwordless.local.LocalCognito;
import dev.passwordless.local.LocalCognitoConfig;
import dev.passwordless.local.PoolInfo;
import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.vaadin.cognito.ClientSecret;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.operations.SignInMetrics;
import dev.passwordless.vaadin.security.CognitoTokenVerifier;
import dev.passwordless.vaadin.security.MasterKey;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.audit.AuditEvent;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sign-in service without a browser: its session state in memory
 * ({@link InMemorySignInSession}), the real local Cognito and triggers in-process over
 * HTTP, the real shared limits on an in-memory store, a clock the test moves. Each test
 * has numbers and addresses of its own.
 */
class PasswordlessLoginServiceIT {

	private static final MovableClock CLOCK = MovableClock.stoppedAt(Instant.now());

	private static LocalCognito cognito;

	private static CognitoPool pool;

	private InMemorySendLimitStore limitStore;

	private final InMemorySignInSession browser = new InMemorySignInSession("192.0.2.10");

	private PasswordlessLoginService service;

	private final RecordedAudit audit = new RecordedAudit(CLOCK);

	private AccountEntry entry;

	private static InMemoryDatabase database_pool;

	private static PasswordlessDatabase database;

	@BeforeAll
	static void startThePool() {
		cognito = LocalCognito.start(LocalCognitoConfig.inMemory().echoSms(false).clientSecret(true).build(), CLOCK);
		PoolInfo info = cognito.pool();
		pool = new CognitoPool(info.endpoint(), info.region(), info.userPoolId(), info.clientId(),
				ClientSecret.of(info.clientSecret()), info.issuer(), info.jwksUri(), true);
	}

	@BeforeAll
	static void theDatabase() {
		database_pool = InMemoryDatabase.open("service");
		database = database_pool.database();
	}

	@AfterAll
	static void stopThePool() {
		cognito.close();
		database_pool.close();
	}

	@BeforeEach
	void aFreshService() {
		// past every cooldown and hourly cap of earlier tests
		CLOCK.advance(Duration.ofDays(1));
		this.limitStore = new InMemorySendLimitStore(CLOCK);
		this.service = serviceFor(this.browser);
	}

	/** The service as it serves one browser; the limits are shared by every browser. */
	private PasswordlessLoginService serviceFor(InMemorySignInSession browser) {
		LimitsProperties limits = new LimitsProperties(null, null, 7, null, 2, 100, 300, 10, 20, 30, 30);
		SignInPolicy policy = new SignInPolicy(Set.of("US", "GB"), limits.phoneCooldown());
		MasterKey key = MasterKey.resolve(Base64.getEncoder().encodeToString(new byte[32]), false, Optional.empty());
		CognitoAuthClient client = new CognitoAuthClient(sdk(), pool, CLOCK);
		this.entry = new AccountEntry(CognitoTokenVerifier.forPool(pool, CLOCK), client,
				new LastSignIns(database, CLOCK), browser, Duration.ofDays(45), CLOCK);
		return new PasswordlessLoginService(client, this.entry,
				new SharedSignInRateLimits(limits, this.limitStore, key, CLOCK), browser, policy, CLOCK,
				new SignInMetrics(new SimpleMeterRegistry()), this.audit.trail());
	}

	@Test
	void registerWhenTheCodeIsTypedThenTheCompletionIsBegunForThatPersonAndTheStateIsForgotten() {
		SignInStep step = this.service.register("Ada Lovelace", us("202 555 0110"), Locale.ENGLISH);

		String location = this.service.submitCode(latestCode("+12025550110"), false);

		assertThat(step.codeLength()).isEqualTo(6);
		assertThat(location).isEqualTo("signin/complete?nonce=test");
		assertThat(this.browser.completedAs()).get().satisfies((user) -> {
			assertThat(user.name()).isEqualTo("Ada Lovelace");
			assertThat(user.phoneNumber()).isEqualTo("+12025550110");
		});
		assertThat(this.browser.pending()).isEmpty();
		assertThat(this.browser.typedNumber()).isEmpty();
	}

	@Test
	void submitCodeWhenWrongThenTheAttemptsLeftAreSaidAndTheSignInWaitsForTheRightOne() {
		this.service.register("Grace Hopper", us("202 555 0111"), Locale.ENGLISH);
		String right = latestCode("+12025550111");
		String wrong = right.equals("000000") ? "111111" : "000000";

		assertThatThrownBy(() -> this.service.submitCode(wrong, false)).isInstanceOfSatisfying(SignInProblem.class,
				(problem) -> assertThat(problem.kind()).isEqualTo(SignInProblem.Kind.INVALID_INPUT));

		assertThat(this.service.currentStep()).get().extracting(SignInStep::attemptsLeft).isEqualTo(2);
		assertThat(this.service.submitCode(right, false)).startsWith("signin/complete");
	}

	@Test
	void requestCodeWhenAskedAgainForTheWaitingNumberThenLeadsBackToTheValidCodeAndSendsNothing() {
		this.service.register("Alan Turing", us("202 555 0112"), Locale.ENGLISH);

		SignInStep again = this.service.requestCode(us("(202) 555-0112"));

		assertThat(again.alreadySent()).isTrue();
		assertThat(cognito.outbox().messages("+12025550112")).hasSize(1);
		assertThat(this.service.lastNumber()).contains(us("(202) 555-0112"));
	}

	@Test
	void requestCodeWhenTheNumberIsUnknownThenTheSameStepAndNoSms() {
		SignInStep step = this.service.requestCode(us("202 555 0113"));

		assertThat(step.phoneNumber()).isEqualTo("+1 202-555-0113");
		assertThat(step.alreadySent()).isFalse();
		assertThat(step.codeLength()).isEqualTo(6);
		assertThat(cognito.outbox().messages("+12025550113")).isEmpty();
	}

	@Test
	void resendWhenTheCooldownIsNotOverThenRefusedWithTheWaitAndAfterItSendsANewCode() {
		this.service.register("Edsger Dijkstra", us("202 555 0114"), Locale.ENGLISH);

		assertThatThrownBy(this.service::resend).isInstanceOfSatisfying(SignInProblem.class, (problem) -> {
			assertThat(problem.kind()).isEqualTo(SignInProblem.Kind.RATE_LIMITED);
			assertThat(problem.retryAfter()).contains(Duration.ofSeconds(30));
		});
		CLOCK.advance(Duration.ofSeconds(30));
		this.service.resend();

		assertThat(cognito.outbox().messages("+12025550114")).hasSize(2);
	}

	@Test
	void requestCodeWhenTheAddressHasAskedTooOftenThenRefusedThereButNotFromAnotherAddress() {
		this.service.requestCode(us("202 555 0115"));
		this.service.requestCode(us("202 555 0116"));

		assertThatThrownBy(() -> this.service.requestCode(us("202 555 0117"))).isInstanceOfSatisfying(
				SignInProblem.class,
				(problem) -> assertThat(problem.kind()).isEqualTo(SignInProblem.Kind.RATE_LIMITED));
		assertThat(serviceFor(new InMemorySignInSession("192.0.2.99")).requestCode(us("202 555 0117")).alreadySent())
			.isFalse();
	}

	@Test
	void numberProblemWhenALandlineThenSaidBeforeAnythingIsSent() {
		assertThat(this.service.numberProblem(new TypedNumber("GB", "020 7946 0000"))).get()
			.extracting(SignInProblem::key)
			.isEqualTo("passwordless.phone.landline");
	}

	@Test
	void requestCodeWhenTheNumberIsFromACountryNotOnTheListThenRefusedAndCognitoIsNotAsked() {
		assertThatThrownBy(() -> this.service.requestCode(new TypedNumber("US", "+881 6 1234 5678")))
			.isInstanceOfSatisfying(SignInProblem.class,
					(problem) -> assertThat(problem.key()).isEqualTo("passwordless.phone.country-not-allowed"));
		assertThat(cognito.outbox().messages("+881612345678")).isEmpty();
		assertThat(this.browser.pending()).isEmpty();
	}

	@Test
	void registerWhenTheNumberHasAnAccountThenTheCodeLeadsToTheQuestionNotIntoTheAccount() {
		this.service.register("Alice Example", us("202 555 0120"), Locale.ENGLISH);
		this.service.submitCode(latestCode("+12025550120"), false);
		InMemorySignInSession newOwner = new InMemorySignInSession("192.0.2.20");
		PasswordlessLoginService theirs = serviceFor(newOwner);
		CLOCK.advance(Duration.ofMinutes(1));

		theirs.register("Bob NewOwner", us("202 555 0120"), Locale.ENGLISH);
		String location = theirs.submitCode(latestCode("+12025550120"), false);

		assertThat(location).isEqualTo("existing-account");
		assertThat(newOwner.completedAs()).isEmpty();
		assertThat(this.entry.waiting()).get()
			.extracting((account) -> account.user().name())
			.isEqualTo("Alice Example");
	}

	@Test
	void continueToItWhenThePersonSaysTheAccountIsTheirsThenTheSignInCompletesIntoIt() {
		this.service.register("Carol Example", us("202 555 0121"), Locale.ENGLISH);
		this.service.submitCode(latestCode("+12025550121"), false);
		CLOCK.advance(Duration.ofMinutes(1));
		this.service.register("Carol Example", us("202 555 0121"), Locale.ENGLISH);
		this.service.submitCode(latestCode("+12025550121"), false);

		assertThat(this.entry.continueToIt()).isEqualTo("signin/complete?nonce=test");
		assertThat(this.browser.completedAs()).get().extracting(CognitoUser::name).isEqualTo("Carol Example");
		assertThat(this.entry.waiting()).isEmpty();
	}

	@Test
	void declineWhenThePersonSaysTheAccountIsNotTheirsThenNothingIsEnteredAndItsTokensNoLongerRefresh() {
		this.service.register("Dan Example", us("202 555 0122"), Locale.ENGLISH);
		this.service.submitCode(latestCode("+12025550122"), false);
		InMemorySignInSession newOwner = new InMemorySignInSession("192.0.2.22");
		PasswordlessLoginService theirs = serviceFor(newOwner);
		CLOCK.advance(Duration.ofMinutes(1));
		theirs.register("Erin NewOwner", us("202 555 0122"), Locale.ENGLISH);
		theirs.submitCode(latestCode("+12025550122"), false);
		CognitoTokens tokens = newOwner.unconfirmedAccount().orElseThrow().tokens();

		this.entry.decline();

		assertThat(newOwner.unconfirmedAccount()).isEmpty();
		assertThat(newOwner.completedAs()).isEmpty();
		assertThatThrownBy(() -> new CognitoAuthClient(sdk(), pool, CLOCK).refresh(tokens))
			.isInstanceOf(SignInProblem.class);
	}

	@Test
	void submitCodeWhenTheAccountWasIdleLongerThanNumbersAreKeptThenAskedBeforeEnteringIt() {
		this.service.register("Faye Example", us("202 555 0123"), Locale.ENGLISH);
		this.service.submitCode(latestCode("+12025550123"), false);
		recordSignIn(this.browser.completedWith().orElseThrow());
		CLOCK.advance(Duration.ofDays(46));
		InMemorySignInSession later = new InMemorySignInSession("192.0.2.23");

		PasswordlessLoginService service = serviceFor(later);
		service.requestCode(us("202 555 0123"));

		assertThat(service.submitCode(latestCode("+12025550123"), false)).isEqualTo("existing-account");
	}

	@Test
	void submitCodeWhenTheAccountWasSignedInRecentlyThenTheSignInCompletesAtOnce() {
		this.service.register("Gus Example", us("202 555 0124"), Locale.ENGLISH);
		this.service.submitCode(latestCode("+12025550124"), false);
		recordSignIn(this.browser.completedWith().orElseThrow());
		CLOCK.advance(Duration.ofDays(44));
		InMemorySignInSession later = new InMemorySignInSession("192.0.2.24");

		PasswordlessLoginService service = serviceFor(later);
		service.requestCode(us("202 555 0124"));

		assertThat(service.submitCode(latestCode("+12025550124"), false)).startsWith("signin/complete");
	}

	@Test
	void requestCodeWhenSentThenTheTrailRecordsRequestedAndSentWithTheMaskedNumberAndTheClient() {
		this.browser.userAgent("Mozilla/5.0 " + "x".repeat(300));

		this.service.requestCode(us("202 555 0130"));

		assertThat(this.audit.kinds()).containsExactly("CODE_REQUESTED", "CODE_SENT");
		AuditEvent sent = this.audit.last(AuditKind.CODE_SENT);
		assertThat(sent.getTimestamp()).isEqualTo(CLOCK.instant());
		assertThat(sent.getPrincipal()).isEqualTo(AuditTrail.UNKNOWN);
		assertThat(sent.getData()).containsEntry(AuditTrail.MASKED_NUMBER, "+*******0130")
			.containsEntry(AuditTrail.CLIENT_ADDRESS, "192.0.2.10")
			.containsEntry(AuditTrail.ACTOR, AuditTrail.SELF);
		assertThat((String) sent.getData().get(AuditTrail.USER_AGENT)).hasSize(200).startsWith("Mozilla/5.0 ");
		assertThat(this.audit.events()).allSatisfy((event) -> assertThat(event.getData().values())
			.noneMatch((value) -> String.valueOf(value).contains("5550130")));
	}

	@Test
	void requestCodeWhenRefusedThenTheTrailRecordsTheRequestAndTheTypedReason() {
		this.service.requestCode(us("202 555 0131"));
		this.service.requestCode(us("202 555 0132"));
		this.audit.clear();

		assertThatThrownBy(() -> this.service.requestCode(us("202 555 0133"))).isInstanceOf(SignInProblem.class);

		assertThat(this.audit.kinds()).containsExactly("CODE_REQUESTED", "CODE_REFUSED");
		assertThat(this.audit.last(AuditKind.CODE_REFUSED).getData()).containsEntry(AuditTrail.REASON, "rate_limited")
			.containsEntry(AuditTrail.MASKED_NUMBER, "+*******0133");
	}

	@Test
	void submitCodeWhenWrongThenRightThenTheTrailRecordsTheWrongCodeAndTheSignInWithTheSub() {
		this.service.register("Hedy Lamarr", us("202 555 0134"), Locale.ENGLISH);
		String right = latestCode("+12025550134");

		assertThatThrownBy(() -> this.service.submitCode(wrong(right), false)).isInstanceOf(SignInProblem.class);
		this.service.submitCode(right, false);

		assertThat(this.audit.kinds()).containsExactly("CODE_REQUESTED", "CODE_SENT", "CODE_WRONG", "SIGNED_IN");
		assertThat(this.audit.last(AuditKind.CODE_WRONG).getData()).containsEntry(AuditTrail.ATTEMPTS_LEFT, 2);
		AuditEvent signedIn = this.audit.last(AuditKind.SIGNED_IN);
		assertThat(signedIn.getPrincipal()).isEqualTo(this.browser.completedAs().orElseThrow().sub());
		assertThat(signedIn.getData()).containsEntry(AuditTrail.HOW, "code")
			.containsEntry(AuditTrail.MASKED_NUMBER, "+*******0134");
	}

	@Test
	void submitCodeWhenEveryAttemptIsWrongThenTheTrailRecordsTheLockOut() {
		this.service.register("Katherine Johnson", us("202 555 0135"), Locale.ENGLISH);
		String wrong = wrong(latestCode("+12025550135"));

		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> this.service.submitCode(wrong, false)).isInstanceOf(SignInProblem.class);
		}

		assertThat(this.audit.kinds()).containsExactly("CODE_REQUESTED", "CODE_SENT", "CODE_WRONG", "CODE_WRONG",
				"LOCKED_OUT");
		assertThat(this.audit.last(AuditKind.LOCKED_OUT).getData()).containsEntry(AuditTrail.REASON, "code_failed");
	}

	@Test
	void requestCodeWhenTheNumberIsUnknownThenTheTrailRecordsWhatItRecordsForARegisteredOne() {
		this.service.register("Mary Jackson", us("202 555 0136"), Locale.ENGLISH);
		CLOCK.advance(Duration.ofMinutes(1));
		this.audit.clear();
		serviceFor(new InMemorySignInSession("192.0.2.36")).requestCode(us("202 555 0136"));
		List<String> registered = this.audit.kinds();
		this.audit.clear();

		serviceFor(new InMemorySignInSession("192.0.2.37")).requestCode(us("202 555 0137"));

		assertThat(this.audit.kinds()).isEqualTo(registered).containsExactly("CODE_REQUESTED", "CODE_SENT");
	}

	private static String wrong(String right) {
		return right.equals("000000") ? "111111" : "000000";
	}

	/** What the completion request does with the sign-in: note it. */
	private static void recordSignIn(CognitoTokens tokens) {
		database.jdbc()
			.update("insert into passwordless_last_sign_in (username, signed_in_at) values (?, ?)", tokens.username(),
					CLOCK.millis());
	}

	private static CognitoIdentityProviderClient sdk() {
		return CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(pool.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.endpointOverride(pool.endpoint())
			.build();
	}

	private static TypedNumber us(String number) {
		return new TypedNumber("US", number);
	}

	private static String latestCode(String phone) {
		Matcher matcher = Pattern.compile("\\d{6}").matcher(cognito.outbox().latest(phone).orElseThrow().message());
		assertThat(matcher.find()).isTrue();
		return matcher.group();
	}

}
