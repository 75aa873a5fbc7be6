package dev.passwordless.local;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sns.SnsClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SNS endpoint refuses, as SNS does, a request that is not signed with AWS Signature
 * Version 4 (an HTML form cannot sign), while the SDK's signed Publish, which the
 * triggers use, reaches the outbox.
 */
class SnsPublishIT {

	private static final String PHONE = "+12025550100";

	private static final String FORM = "Action=Publish&PhoneNumber=%2B12025550100&Message=Your+code+is+123456";

	private LocalCognito cognito;

	private int port;

	@BeforeEach
	void start() {
		this.cognito = LocalCognito.start(LocalCognitoConfig.inMemory().echoSms(false).build());
		this.port = this.cognito.pool().endpoint().getPort();
	}

	@AfterEach
	void stop() {
		this.cognito.close();
	}

	@Test
	void publishWhenTheSdkSignsThenTheSmsReachesTheOutbox() {
		String messageId;
		try (SnsClient sns = PoolClient.sns(this.cognito.pool())) {
			messageId = sns.publish((request) -> request.phoneNumber(PHONE).message("hello")).messageId();
		}
		assertThat(this.cognito.outbox().messages(PHONE)).singleElement().satisfies((sms) -> {
			assertThat(sms.messageId()).isEqualTo(messageId);
			assertThat(sms.message()).isEqualTo("hello");
		});
	}

	@Test
	void publishWhenUnsignedThenMissingAuthenticationTokenAndNothingReachesTheOutbox() throws IOException {
		String answer = RawHttp.send(this.port, "POST", "/",
				Map.of("Content-Type", "application/x-www-form-urlencoded"), FORM);
		assertThat(answer).startsWith("HTTP/1.1 403")
			.contains("<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">")
			.contains("<Type>Sender</Type><Code>MissingAuthenticationToken</Code>")
			.contains("<Message>Request is missing Authentication Token</Message>");
		assertThat(this.cognito.outbox().messages(null)).isEmpty();
	}

	@ParameterizedTest(name = "Authorization: {0}")
	@ValueSource(strings = { "Basic bG9jYWw6bG9jYWw=", "AWS4-HMAC-SHA256",
			"AWS4-HMAC-SHA256 Credential=local/20261206/us-east-1/sns/aws4_request",
			"AWS4-HMAC-SHA256 Credential=local, SignedHeaders=host, Signature=abc" })
	void publishWhenTheAuthorizationIsNotSigV4ShapedThenIncompleteSignatureAndNothingReachesTheOutbox(
			String authorization) throws IOException {
		String answer = RawHttp.send(this.port, "POST", "/",
				Map.of("Content-Type", "application/x-www-form-urlencoded", "Authorization", authorization), FORM);
		assertThat(answer).startsWith("HTTP/1.1 403").contains("<Code>IncompleteSignature</Code>");
		assertThat(this.cognito.outbox().messages(null)).isEmpty();
	}

	@Test
	void publishWhenTheAuthorizationHasTheSigV4ShapeThenAcceptedWithoutCheckingTheSignature() throws IOException {
		String answer = RawHttp.send(this.port, "POST", "/",
				Map.of("Content-Type", "application/x-www-form-urlencoded", "Authorization", RawHttp.SIGV4), FORM);
		assertThat(answer).startsWith("HTTP/1.1 200").contains("<PublishResponse");
		assertThat(this.cognito.outbox().messages(PHONE)).hasSize(1);
	}

}
