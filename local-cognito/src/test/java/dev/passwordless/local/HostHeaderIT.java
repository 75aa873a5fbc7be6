package dev.passwordless.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DNS rebinding: a page on another site whose name resolves to 127.0.0.1 reaches the port
 * but sends its own name as {@code Host}. Only the loopback names with the pool's port
 * are served; anything else is a 403 and nothing is done. Raw HTTP, since ordinary
 * clients will not forge {@code Host}.
 */
class HostHeaderIT {

	private static final String PHONE = "+14155550123";

	private LocalCognito cognito;

	private PoolClient client;

	private int port;

	@BeforeEach
	void start() {
		this.cognito = LocalCognito
			.start(PoolClient.forRepeatedSignIns(LocalCognitoConfig.inMemory().echoSms(false)).build());
		this.client = new PoolClient(this.cognito.pool());
		this.port = this.cognito.pool().endpoint().getPort();
	}

	@AfterEach
	void stop() {
		this.cognito.close();
	}

	@Test
	void signUpWhenHostNamesAnotherSiteThenForbiddenAndNoUserIsCreated() throws IOException {
		String body = "{\"ClientId\":\"" + this.cognito.pool().clientId() + "\",\"SecretHash\":\""
				+ this.client.secretHash(PHONE) + "\",\"Username\":\"" + PHONE + "\",\"Password\":\""
				+ PoolClient.password() + "\",\"UserAttributes\":[{\"Name\":\"name\",\"Value\":\"Eve\"}]}";
		String answer = raw("POST / HTTP/1.1\r\nHost: rebind.example:" + this.port
				+ "\r\nX-Amz-Target: AWSCognitoIdentityProviderService.SignUp\r\n"
				+ "Content-Type: application/x-amz-json-1.1\r\nContent-Length: "
				+ body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);
		assertThat(answer).startsWith("HTTP/1.1 403").contains("local-cognito answers only requests addressed to");
		assertThatThrownBy(() -> this.client.cognito
			.adminGetUser((request) -> request.userPoolId(this.client.pool.userPoolId()).username(PHONE)))
			.isInstanceOf(UserNotFoundException.class);
	}

	@Test
	void readOutboxWhenHostIsForgedThenForbiddenAndNoCodeIsShown() throws IOException {
		this.client.signUp(PHONE, "Ada Lovelace");
		this.client.start(PHONE);
		String code = this.client.latestCode(PHONE);
		String answer = get("/_aws/sns/sms-messages", "rebind.example:" + this.port);
		assertThat(answer).startsWith("HTTP/1.1 403").doesNotContain(code).doesNotContain("0123");
	}

	@Test
	void clearOutboxWhenHostIsForgedThenForbiddenAndTheOutboxIsKept() throws IOException {
		this.client.signUp(PHONE, "Ada Lovelace");
		this.client.start(PHONE);
		String answer = raw(
				"DELETE /_aws/sns/sms-messages HTTP/1.1\r\nHost: rebind.example\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 403");
		assertThat(this.client.smsCount(PHONE)).isOne();
	}

	@ParameterizedTest(name = "Host: {0}")
	@ValueSource(strings = { "rebind.example", "127.0.0.1", "127.0.0.1:1", "localhost.:PORT", "127.0.0.2:PORT",
			"0.0.0.0:PORT", "localhost:PORT.rebind.example" })
	void describePoolWhenHostIsNotTheLoopbackWithThisPortThenForbidden(String host) throws IOException {
		assertThat(get("/_local/pool", host.replace("PORT", Integer.toString(this.port)))).startsWith("HTTP/1.1 403")
			.doesNotContain(this.cognito.pool().userPoolId());
	}

	@Test
	void describePoolWhenHostIsMissingThenForbidden() throws IOException {
		assertThat(raw("GET /_local/pool HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.1 403");
	}

	@ParameterizedTest(name = "Host: {0}")
	@ValueSource(strings = { "127.0.0.1:PORT", "localhost:PORT", "LocalHost:PORT", "[::1]:PORT" })
	void describePoolWhenHostIsTheLoopbackWithThisPortThenServed(String host) throws IOException {
		assertThat(get("/_local/pool", host.replace("PORT", Integer.toString(this.port)))).startsWith("HTTP/1.1 200")
			.contains(this.cognito.pool().userPoolId());
	}

	private String get(String path, String host) throws IOException {
		return raw("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
	}

	private String raw(String request) throws IOException {
		return RawHttp.send(this.port, request);
	}

}
