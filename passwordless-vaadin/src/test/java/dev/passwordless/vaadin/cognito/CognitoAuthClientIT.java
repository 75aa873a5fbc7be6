package dev.passwordless.vaadin.cognito;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.local.LocalCognitoConfig;
import dev.passwordless.local.PoolInfo;
import dev.passwordless.rules.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Refresh and revocation through the app's Cognito adapter against the local pool. */
class CognitoAuthClientIT {

	private static LocalCognito cognito;

	private static CognitoAuthClient client;

	/** Stands still, so a wait is exactly what the rules say. */
	private static final MovableClock CLOCK = MovableClock.stoppedAt(Instant.now());

	@BeforeAll
	static void start() {
		cognito = LocalCognito.start(LocalCognitoConfig.inMemory().echoSms(false).build(), CLOCK);
		PoolInfo pool = cognito.pool();
		CognitoPool target = new CognitoPool(pool.endpoint(), pool.region(), pool.userPoolId(), pool.clientId(),
				pool.issuer(), pool.jwksUri(), true);
		client = new CognitoAuthClient(CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(pool.endpoint())
			.region(Region.of(pool.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.build(), target, CLOCK);
	}

	@AfterAll
	static void stop() {
		cognito.close();
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
	void signUpWhenNameIsRejectedByTheTriggerThenAReadableProblem() {
		assertThatThrownBy(() -> client.signUp("+14155550153", "  ")).isInstanceOfSatisfying(SignInProblem.class,
				(problem) -> assertThat(problem.getMessage()).isEqualTo("Enter your full name."));
	}

	@Test
	void startWhenCognitoIsUnreachableThenSaysSoWithoutAwsDetails() {
		CognitoPool nowhere = new CognitoPool(java.net.URI.create("http://127.0.0.1:9"), "us-east-1",
				"us-east-1_Nowhere", "client", "issuer", java.net.URI.create("http://127.0.0.1:9/jwks"), true);
		CognitoAuthClient unreachable = new CognitoAuthClient(CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(nowhere.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.build(), nowhere, CLOCK);
		assertThatThrownBy(() -> unreachable.start("+14155550154")).isInstanceOfSatisfying(SignInProblem.class,
				(problem) -> assertThat(problem.getMessage())
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

}
