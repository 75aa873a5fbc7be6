package dev.passwordless.local;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.sns.SnsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cross-site request forgery: a page on another site makes the developer's browser send
 * requests to the pool on 127.0.0.1 (the {@code Host} is right, so the DNS rebinding
 * check does not apply). Whatever changes something (SNS Publish, the Cognito operations,
 * clearing the outbox) is refused with a 403 when a browser marks it as made for another
 * site or another origin, and a form post from any browser page is refused; nothing is
 * done. Requests are written as browsers send them.
 */
class CrossSiteIT {

	private static final String PHONE = "+12025550100";

	private static final String ATTACKER = "https://attacker.example";

	private LocalCognito cognito;

	private PoolClient client;

	private int port;

	@BeforeEach
	void start() {
		this.cognito = LocalCognito.start(LocalCognitoConfig.inMemory().echoSms(false).build());
		this.client = new PoolClient(this.cognito.pool());
		this.port = this.cognito.pool().endpoint().getPort();
	}

	@AfterEach
	void stop() {
		this.cognito.close();
	}

	@Test
	void publishWhenAFormOnAnotherSiteIsPostedThenForbiddenAndNothingReachesTheOutbox() throws IOException {
		Map<String, String> browser = new LinkedHashMap<>();
		browser.put("Origin", ATTACKER);
		browser.put("Referer", ATTACKER + "/prize.html");
		browser.put("Content-Type", "application/x-www-form-urlencoded");
		browser.put("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/140.0");
		browser.put("Sec-Fetch-Site", "cross-site");
		browser.put("Sec-Fetch-Mode", "navigate");
		browser.put("Sec-Fetch-Dest", "document");
		String answer = RawHttp.send(this.port, "POST", "/", browser,
				"Action=Publish&PhoneNumber=%2B12025550100&Message=Your+code+expired.+Enter+it+at+https%3A%2F%2Fattacker.example");
		assertThat(answer).startsWith("HTTP/1.1 403")
			.contains("<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">")
			.contains("<Code>AuthorizationError</Code>");
		assertThat(this.cognito.outbox().messages(null)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			an older browser, Origin only          | https://attacker.example | -
			a page on the same host, another port  | http://localhost:8080    | same-site
			a sandboxed page                       | null                     | cross-site
			a navigation without Origin            | -                        | cross-site
			a page of the pool itself              | http://127.0.0.1:PORT    | same-origin
			""")
	void publishWhenABrowserPostsAFormEvenSignedThenForbiddenAndNothingReachesTheOutbox(String page, String origin,
			String site) throws IOException {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/x-www-form-urlencoded");
		headers.put("Authorization", RawHttp.SIGV4);
		if (origin != null) {
			headers.put("Origin", origin.replace("PORT", Integer.toString(this.port)));
		}
		if (site != null) {
			headers.put("Sec-Fetch-Site", site);
		}
		String answer = RawHttp.send(this.port, "POST", "/", headers,
				"Action=Publish&PhoneNumber=%2B12025550100&Message=hello");
		assertThat(answer).startsWith("HTTP/1.1 403").contains("<Code>AuthorizationError</Code>");
		assertThat(this.cognito.outbox().messages(null)).isEmpty();
	}

	@Test
	void signUpWhenABrowserOnAnotherSiteSendsItThenForbiddenAndNoUserIsCreated() throws IOException {
		String body = "{\"ClientId\":\"" + this.cognito.pool().clientId() + "\",\"SecretHash\":\""
				+ this.client.secretHash(PHONE) + "\",\"Username\":\"" + PHONE + "\",\"Password\":\""
				+ PoolClient.password() + "\",\"UserAttributes\":[{\"Name\":\"name\",\"Value\":\"Eve\"}]}";
		String answer = RawHttp.send(this.port, "POST", "/", Map.of("Origin", ATTACKER, "Sec-Fetch-Site", "cross-site",
				"Content-Type", "text/plain", "X-Amz-Target", "AWSCognitoIdentityProviderService.SignUp"), body);
		assertThat(answer).startsWith("HTTP/1.1 403").contains("\"__type\":\"ForbiddenException\"");
		assertThatThrownBy(() -> this.client.cognito
			.adminGetUser((request) -> request.userPoolId(this.cognito.pool().userPoolId()).username(PHONE)))
			.isInstanceOf(UserNotFoundException.class);
	}

	@Test
	void listUsersWhenTheOriginIsThePoolItselfThenServed() throws IOException {
		String answer = RawHttp.send(this.port, "POST", "/",
				Map.of("Origin", "http://localhost:" + this.port, "Sec-Fetch-Site", "same-origin", "Content-Type",
						"application/x-amz-json-1.1", "X-Amz-Target", "AWSCognitoIdentityProviderService.ListUsers",
						"Authorization", RawHttp.SIGV4),
				"{\"UserPoolId\":\"" + this.cognito.pool().userPoolId() + "\"}");
		assertThat(answer).startsWith("HTTP/1.1 200").contains("\"Users\":[]");
	}

	@Test
	void clearOutboxWhenABrowserOnAnotherSiteSendsItThenForbiddenAndTheOutboxIsKept() throws IOException {
		try (SnsClient sns = PoolClient.sns(this.cognito.pool())) {
			sns.publish((request) -> request.phoneNumber(PHONE).message("hello"));
		}
		String answer = RawHttp.send(this.port, "DELETE", "/_aws/sns/sms-messages",
				Map.of("Origin", ATTACKER, "Sec-Fetch-Site", "cross-site"), "");
		assertThat(answer).startsWith("HTTP/1.1 403").contains("ForbiddenException");
		assertThat(this.cognito.outbox().messages(PHONE)).hasSize(1);
	}

}
