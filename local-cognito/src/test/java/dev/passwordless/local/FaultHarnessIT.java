package dev.passwordless.local;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InternalErrorException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;
import software.amazon.awssdk.services.sns.model.SnsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fault harness as a test drives it: {@code /_local/faults} over HTTP, and the real
 * SDK clients meeting the faults as they would meet SNS and Cognito failing.
 */
class FaultHarnessIT {

	private static final String PHONE = "+12025550101";

	private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

	private LocalCognito cognito;

	private int port;

	@AfterEach
	void stop() {
		this.cognito.close();
	}

	@Test
	void postWhenTheHarnessIsOffThenNotFoundAndTheServicesAnswerAsUsual() throws IOException {
		start(false);
		assertThat(post("{\"target\":\"sns\",\"kind\":\"fail\"}")).startsWith("HTTP/1.1 404")
			.contains("The fault harness is off: start local-cognito with --faults on");
		publish(sns(true));
		assertThat(this.cognito.outbox().messages(PHONE)).hasSize(1);
	}

	@Test
	void publishWhenSnsIsToldToThrottleThenTheSdkMeetsThrottlingAndNothingIsSent() throws IOException {
		start(true);
		assertThat(post("{\"target\":\"sns\",\"kind\":\"throttle\"}")).startsWith("HTTP/1.1 200");
		assertThatThrownBy(() -> publish(sns(false))).isInstanceOfSatisfying(SnsException.class, (ex) -> {
			assertThat(ex.statusCode()).isEqualTo(400);
			assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("Throttling");
			assertThat(ex.isThrottlingException()).isTrue();
		});
		assertThat(this.cognito.outbox().messages(PHONE)).isEmpty();
	}

	@Test
	void publishWhenSnsIsToldToFailTwiceThenTheSdkRetriesTheInternalErrorsAndTheThirdAttemptSends() throws IOException {
		start(true);
		post("{\"target\":\"sns\",\"kind\":\"fail\",\"count\":2}");
		publish(sns(true));
		assertThat(this.cognito.outbox().messages(PHONE)).hasSize(1);
		assertThat(get()).endsWith("{\"faults\":[]}");
	}

	@Test
	void publishWhenSnsIsToldToFailThenTheSdkMeetsAnInternalError() throws IOException {
		start(true);
		post("{\"target\":\"sns\",\"kind\":\"fail\"}");
		assertThatThrownBy(() -> publish(sns(false))).isInstanceOfSatisfying(SnsException.class,
				(ex) -> assertThat(ex.statusCode()).isEqualTo(500));
		assertThat(this.cognito.outbox().messages(PHONE)).isEmpty();
	}

	@Test
	void publishWhenSnsIsToldToBeSlowThenTheAnswerWaitsAndTheMessageIsSent() throws IOException {
		start(true);
		post("{\"target\":\"sns\",\"kind\":\"slow\",\"millis\":300}");
		long start = System.nanoTime();
		publish(sns(false));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(this.cognito.outbox().messages(PHONE)).hasSize(1);
	}

	@Test
	void listUsersWhenCognitoIsToldToThrottleThenTooManyRequests() throws IOException {
		start(true);
		post("{\"target\":\"cognito\",\"kind\":\"throttle\"}");
		assertThatThrownBy(this::listUsers).isInstanceOfSatisfying(TooManyRequestsException.class,
				(ex) -> assertThat(ex.isThrottlingException()).isTrue());
		assertThat(this.listUsers()).isZero();
	}

	@Test
	void listUsersWhenCognitoIsToldToFailThenAnInternalErrorWith500() throws IOException {
		start(true);
		post("{\"target\":\"cognito\",\"kind\":\"fail\"}");
		assertThatThrownBy(this::listUsers).isInstanceOfSatisfying(InternalErrorException.class,
				(ex) -> assertThat(ex.statusCode()).isEqualTo(500));
	}

	@Test
	void deleteWhenFaultsArePlayedThenTheyEnd() throws IOException {
		start(true);
		post("{\"target\":\"sns\",\"kind\":\"fail\",\"count\":5}");
		assertThat(get()).endsWith("{\"faults\":[{\"target\":\"sns\",\"kind\":\"fail\",\"count\":5}]}");
		assertThat(RawHttp.send(this.port, "DELETE", "/_local/faults", Map.of(), "")).startsWith("HTTP/1.1 204");
		publish(sns(false));
		assertThat(this.cognito.outbox().messages(PHONE)).hasSize(1);
	}

	@Test
	void postWhenAPageOfAnotherSiteSendsItThenForbiddenAndNothingIsPlayed() throws IOException {
		start(true);
		String answer = RawHttp.send(this.port, "POST", "/_local/faults", Map.of("Origin", "https://attacker.example",
				"Sec-Fetch-Site", "cross-site", "Content-Type", "application/json"),
				"{\"target\":\"sns\",\"kind\":\"fail\"}");
		assertThat(answer).startsWith("HTTP/1.1 403");
		assertThat(get()).endsWith("{\"faults\":[]}");
	}

	@Test
	void postWhenTheBodyIsNotJsonThenRefusedAndNothingIsPlayed() throws IOException {
		start(true);
		assertThat(RawHttp.send(this.port, "POST", "/_local/faults", Map.of("Content-Type", "text/plain"),
				"{\"target\":\"sns\",\"kind\":\"fail\"}"))
			.startsWith("HTTP/1.1 415");
		assertThat(post("{\"target\":\"sns\",\"kind\":\"slow\"}")).startsWith("HTTP/1.1 400")
			.contains("millis must be 1-60000 for a slow answer");
		assertThat(get()).endsWith("{\"faults\":[]}");
	}

	private void start(boolean faults) {
		this.cognito = LocalCognito.start(LocalCognitoConfig.inMemory().echoSms(false).faults(faults).build());
		this.port = this.cognito.pool().endpoint().getPort();
	}

	private String post(String fault) throws IOException {
		return RawHttp.send(this.port, "POST", "/_local/faults", JSON, fault);
	}

	private String get() throws IOException {
		return RawHttp.send(this.port, "GET", "/_local/faults", Map.of(), "");
	}

	/** The triggers' way of sending, with the SDK's retries or none. */
	private SnsClient sns(boolean retries) {
		SnsClientBuilder builder = SnsClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(this.cognito.pool().endpoint())
			.region(Region.of(this.cognito.pool().region()))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
		if (!retries) {
			builder.overrideConfiguration((config) -> config.retryStrategy(AwsRetryStrategy.doNotRetry()));
		}
		return builder.build();
	}

	private void publish(SnsClient sns) {
		try (sns) {
			sns.publish((request) -> request.phoneNumber(PHONE).message("Hello"));
		}
	}

	private int listUsers() {
		try (CognitoIdentityProviderClient client = CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(this.cognito.pool().endpoint())
			.region(Region.of(this.cognito.pool().region()))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
			.overrideConfiguration((config) -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build()) {
			return client.listUsers((request) -> request.userPoolId(this.cognito.pool().userPoolId())).users().size();
		}
	}

}
