package dev.passwordless.vaadin.cognito;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.local.LocalCognitoConfig;
import dev.passwordless.local.PoolInfo;
import dev.passwordless.vaadin.i18n.Say;
import dev.passwordless.rules.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The app's Cognito adapter against a local pool whose app client has a secret, as the
 * deployed one has: every call carries the secret's hash (or, for RevokeToken, the
 * secret), refresh and revocation work, and a wrong secret is a clear refusal that
 * changes nothing.
 */
class CognitoAuthClientIT {

	private static final String WRONG_SECRET = "wrongwrongwrongwrongwrongwrong0123456789";

	private static LocalCognito cognito;

	private static CognitoAuthClient client;

	private static CognitoAuthClient wrongSecret;

	private static final Calls CALLS = new Calls();

	/** Stands still, so a wait is exactly what the rules say. */
	private static final MovableClock CLOCK = MovableClock.stoppedAt(Instant.now());

	@BeforeAll
	static void start() {
		cognito = LocalCognito.start(LocalCognitoConfig.inMemory().echoSms(false).clientSecret(true).build(), CLOCK);
		PoolInfo pool = cognito.pool();
		client = client(pool(pool, pool.clientSecret()));
		wrongSecret = client(pool(pool, WRONG_SECRET));
	}

	@AfterAll
	static void stop() {
		cognito.close();
	}

	@Test
	void signInWhenTheClientHasASecretThenEveryStepCarriesItsHashAndSignsIn() {
		CognitoTokens tokens = signIn("+14155550149");
		assertThat(tokens.idToken()).isNotBlank();
		assertThat(tokens.username()).isNotEqualTo("+14155550149").isNotBlank();
	}

	@Test
	void refreshWhenSignedInThenNewAccessTokenAndTheSameRefreshToken() {
		CognitoTokens tokens = signIn("+14155550150");
		CognitoTokens refreshed = client.refresh(tokens);
		assertThat(refreshed.accessToken()).isNotEqualTo(tokens.accessToken());
		assertThat(refreshed.refreshToken()).isEqualTo(tokens.refreshToken());
	}

	@Test
	void refreshWhenSignedOutThenFailsSoTheSessionEnds() {
		CognitoTokens tokens = signIn("+14155550151");
		client.signOut(tokens);
		assertThatThrownBy(() -> client.refresh(tokens)).isInstanceOfSatisfying(SignInProblem.class,
				(problem) -> assertThat(problem.kind()).isEqualTo(SignInProblem.Kind.SESSION_EXPIRED));
	}

	@Test
	void signOutWhenTheClientHasASecretThenRevokeTokenSendsItAndSucceeds() {
		CognitoTokens tokens = signIn("+14155550156");
		int revokedBefore = CALLS.succeeded("RevokeTokenResponse");
		client.signOut(tokens);
		assertThat(CALLS.succeeded("RevokeTokenResponse")).isEqualTo(revokedBefore + 1);
	}

	@Test
	void answerWhenCodeIsWrongThenTheNextChallengeWithOneAttemptLess() {
		client.signUp("+14155550152", "Ada Lovelace");
		Challenge challenge = client.start("+14155550152");
		SignInResult result = client.answer(challenge, "000000".equals(code("+14155550152")) ? "111111" : "000000");
		assertThat(result).isInstanceOfSatisfying(SignInResult.NextChallenge.class,
				(next) -> assertThat(next.challenge().attemptsLeft()).isEqualTo(challenge.attemptsLeft() - 1));
	}

	@Test
	void startWhenTheNumberJustGotACodeThenTheTriggerSendsNothingAndAnswersAsForAnyNumber() {
		client.signUp("+14155550154", "Ada Lovelace");
		Challenge first = client.start("+14155550154");
		Challenge again = client.start("+14155550154");
		Challenge unknown = client.start("+14155550155");
		assertThat(again.codeLength()).isEqualTo(first.codeLength()).isEqualTo(unknown.codeLength());
		assertThat(again.attemptsLeft()).isEqualTo(first.attemptsLeft()).isEqualTo(unknown.attemptsLeft());
		assertThat(cognito.outbox().messages("+14155550154")).hasSize(1);
	}

	@Test
	void signUpWhenRegisteringThenTheOnlyAttributeTheAppWritesIsTheName() {
		client.signUp("+14155550157", "Ada Lovelace");
		assertThat(CALLS.signUpAttributes("+14155550157")).containsExactly("name");
	}

	@Test
	void signUpWhenTheLanguageIsKnownThenTheNameAndTheLocaleAndTheSmsInThatLanguage() {
		client.signUp("+14155550164", "Lise Meitner", "de");
		assertThat(CALLS.signUpAttributes("+14155550164")).containsExactly("name", "locale");
		client.start("+14155550164");
		assertThat(cognito.outbox().latest("+14155550164").orElseThrow().message()).contains("ist Ihr Code");
	}

	@Test
	void signUpWhenTheNumberIsAlreadyRegisteredThenItIsHeldAndANewOneIsNot() {
		client.signUp("+14155550162", "Ada Lovelace");
		List<Long> deadlines = new CopyOnWriteArrayList<>();
		CognitoPool pool = pool(cognito.pool(), cognito.pool().clientSecret());
		// a clock that stands still: nothing seen yet, so a new sign-up is taken to last
		// the first guess
		CognitoAuthClient paced = new CognitoAuthClient(sdk(pool), pool, CLOCK, new Pace(deadlines::add, () -> 0L));
		paced.signUp("+14155550162", "Someone Else");
		assertThat(deadlines).as("the registered number is held").hasSize(1);
		paced.signUp("+14155550163", "Ada Lovelace");
		assertThat(deadlines).as("a new registration is not held").hasSize(1);
	}

	@Test
	void signUpWhenNameIsRejectedByTheTriggerThenAReadableProblem() {
		assertThatThrownBy(() -> client.signUp("+14155550153", "  ")).isInstanceOfSatisfying(SignInProblem.class,
				(problem) -> assertThat(Say.english(problem)).isEqualTo("Enter your full name."));
	}

	@Test
	void signUpWhenTheClientSecretIsWrongThenUnavailableAndNoUserIsCreated() {
		assertThatThrownBy(() -> wrongSecret.signUp("+14155550158", "Ada Lovelace"))
			.isInstanceOfSatisfying(SignInProblem.class, (problem) -> assertThat(Say.english(problem))
				.isEqualTo("Sign-in is unavailable right now. Please try again shortly."));
		assertThatThrownBy(() -> adminClient()
			.adminGetUser((request) -> request.userPoolId(cognito.pool().userPoolId()).username("+14155550158")))
			.isInstanceOf(UserNotFoundException.class);
		client.signUp("+14155550158", "Ada Lovelace");
	}

	@Test
	void startWhenTheClientSecretIsWrongThenUnavailableAndNoCodeIsSent() {
		client.signUp("+14155550159", "Ada Lovelace");
		assertThatThrownBy(() -> wrongSecret.start("+14155550159")).isInstanceOfSatisfying(SignInProblem.class,
				(problem) -> assertThat(problem.kind()).isEqualTo(SignInProblem.Kind.UNAVAILABLE));
		assertThat(cognito.outbox().messages("+14155550159")).isEmpty();
		client.start("+14155550159");
		assertThat(cognito.outbox().messages("+14155550159")).hasSize(1);
	}

	@Test
	void answerWhenTheClientSecretIsWrongThenUnavailableRatherThanAWrongCodeAndTheChallengeStillWorks() {
		client.signUp("+14155550161", "Ada Lovelace");
		Challenge challenge = client.start("+14155550161");
		String code = code("+14155550161");
		assertThatThrownBy(() -> wrongSecret.answer(challenge, code)).isInstanceOfSatisfying(SignInProblem.class,
				(problem) -> assertThat(problem.kind()).isEqualTo(SignInProblem.Kind.UNAVAILABLE));
		assertThat(client.answer(challenge, code)).isInstanceOf(SignInResult.SignedIn.class);
	}

	@Test
	void startWhenCognitoIsUnreachableThenSaysSoWithoutAwsDetails() {
		CognitoPool nowhere = new CognitoPool(URI.create("http://127.0.0.1:9"), "us-east-1", "us-east-1_Nowhere",
				"client", ClientSecret.of(WRONG_SECRET), "issuer", URI.create("http://127.0.0.1:9/jwks"), true);
		CognitoAuthClient unreachable = client(nowhere);
		assertThatThrownBy(() -> unreachable.start("+14155550154")).isInstanceOfSatisfying(SignInProblem.class,
				(problem) -> assertThat(Say.english(problem))
					.isEqualTo("Sign-in is unavailable right now. Please try again shortly."));
	}

	private static CognitoTokens signIn(String phone) {
		client.signUp(phone, "Ada Lovelace");
		Challenge challenge = client.start(phone);
		return ((SignInResult.SignedIn) client.answer(challenge, code(phone))).tokens();
	}

	private static String code(String phone) {
		Matcher matcher = Pattern.compile("\\d{6}").matcher(cognito.outbox().latest(phone).orElseThrow().message());
		assertThat(matcher.find()).isTrue();
		return matcher.group();
	}

	private static CognitoPool pool(PoolInfo pool, String secret) {
		return new CognitoPool(pool.endpoint(), pool.region(), pool.userPoolId(), pool.clientId(),
				ClientSecret.of(secret), pool.issuer(), pool.jwksUri(), true);
	}

	private static CognitoAuthClient client(CognitoPool pool) {
		return new CognitoAuthClient(sdk(pool), pool, CLOCK);
	}

	private static CognitoIdentityProviderClient sdk(CognitoPool pool) {
		return CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(pool.endpoint())
			.region(Region.of(pool.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.overrideConfiguration((config) -> config.addExecutionInterceptor(CALLS))
			.build();
	}

	private static CognitoIdentityProviderClient adminClient() {
		return CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(cognito.pool().endpoint())
			.region(Region.of(cognito.pool().region()))
			// admin calls are signed, as AWS requires (any key on the local Cognito)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
			.build();
	}

	/** What the app asked of Cognito, and which of its calls succeeded. */
	static final class Calls implements ExecutionInterceptor {

		private final List<SdkRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

		private final Set<Object> succeeded = ConcurrentHashMap.newKeySet();

		@Override
		public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
			this.requests.add(context.request());
		}

		@Override
		public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
			this.succeeded.add(context.response());
		}

		int succeeded(String responseType) {
			return (int) this.succeeded.stream()
				.filter((response) -> response.getClass().getSimpleName().startsWith(responseType))
				.count();
		}

		List<String> signUpAttributes(String phone) {
			return this.requests.stream()
				.filter((request) -> request instanceof SignUpRequest signUp && signUp.username().equals(phone))
				.flatMap((request) -> ((SignUpRequest) request).userAttributes().stream())
				.map(AttributeType::name)
				.toList();
		}

	}

}
