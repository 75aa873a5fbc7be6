package dev.passwordless.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Malformed requests get a 400 with the right error type and a clear message; the server
 * keeps serving and nothing stored is damaged.
 */
class BadInputIT {

	private static final String PHONE = "+14155550123";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static LocalCognito cognito;

	private static PoolClient client;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		cognito = LocalCognito
			.start(PoolClient.forRepeatedSignIns(LocalCognitoConfig.inMemory().echoSms(false)).build());
		client = new PoolClient(cognito.pool());
		client.signUp(PHONE, "Ada Lovelace");
	}

	@AfterAll
	static void stop() {
		cognito.close();
	}

	@AfterEach
	void theStoredUserIsIntactAndCanStillSignIn() {
		AuthenticationResultType tokens = client.signIn(PHONE);
		assertThat(client.cognito.getUser((request) -> request.accessToken(tokens.accessToken())).userAttributes())
			.anySatisfy((attribute) -> assertThat(attribute.value()).isEqualTo("Ada Lovelace"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					malformed JSON           | InitiateAuth           | {"ClientId":                             | SerializationException
					not an object            | InitiateAuth           | [1,2,3]                                  | SerializationException
					empty body               | SignUp                 | ''                                       | SerializationException
					missing ClientId         | InitiateAuth           | {"AuthFlow":"CUSTOM_AUTH"}               | InvalidParameterException
					ClientId is a number     | InitiateAuth           | {"ClientId":42,"AuthFlow":"CUSTOM_AUTH"} | SerializationException
					AuthParameters is a list | InitiateAuth           | {"ClientId":"x","AuthFlow":"CUSTOM_AUTH","AuthParameters":[]} | SerializationException
					unsupported operation    | ConfirmSignUp          | {}                                       | UnsupportedOperationException
					unknown operation        | MakeCoffee             | {}                                       | UnsupportedOperationException
					""")
	void requestWhenMalformedThenBadRequestWithTheRightType(String name, String operation, String body, String type)
			throws Exception {
		HttpResponse<String> response = post("AWSCognitoIdentityProviderService." + operation, body);
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode error = JSON.readTree(response.body());
		assertThat(error.get("__type").asText()).isEqualTo(type);
		assertThat(error.get("message").asText()).isNotBlank();
		assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue(type + ":");
	}

	@Test
	void requestWhenTargetIsMissingOrForeignThenUnknownOperation() throws Exception {
		HttpResponse<String> response = post("DynamoDB_20120810.GetItem", "{}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("__type").asText()).isEqualTo("UnknownOperationException");
	}

	@Test
	void requestWhenBodyIsOverOneMebibyteThenBadRequest() throws Exception {
		String body = "{\"ClientId\":\"" + "x".repeat(1024 * 1024) + "\"}";
		HttpResponse<String> response = post("AWSCognitoIdentityProviderService.InitiateAuth", body);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("message").asText()).contains("larger than 1 MiB");
	}

	@Test
	void signUpWhenUsernameIsHugeThenInvalidParameter() {
		assertThatThrownBy(() -> client.signUp("+1" + "5".repeat(100_000), "Ada")).isInstanceOfSatisfying(
				InvalidParameterException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).contains("length less than or equal to 128"));
	}

	@Test
	void signUpWhenUsernameIsNotAPhoneNumberThenInvalidParameter() {
		assertThatThrownBy(() -> client.signUp("ada@example.com", "Ada")).isInstanceOfSatisfying(
				InvalidParameterException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("Username should be a phone number."));
	}

	@Test
	void signUpWhenPasswordIsWeakThenInvalidPassword() {
		assertThatThrownBy(() -> client.cognito.signUp((request) -> request.clientId(client.pool.clientId())
			.secretHash(client.secretHash("+14155550188"))
			.username("+14155550188")
			.password("short")
			.userAttributes((attribute) -> attribute.name("name").value("Ada"))))
			.isInstanceOf(InvalidPasswordException.class);
	}

	@Test
	void initiateAuthWhenClientIsUnknownThenResourceNotFound() {
		assertThatThrownBy(() -> client.cognito.initiateAuth((
				request) -> request.clientId("nope").authFlow("CUSTOM_AUTH").authParameters(Map.of("USERNAME", PHONE))))
			.isInstanceOf(ResourceNotFoundException.class);
	}

	@Test
	void initiateAuthWhenFlowIsNotEnabledThenInvalidParameter() {
		assertThatThrownBy(() -> client.cognito.initiateAuth((request) -> request.clientId(client.pool.clientId())
			.authFlow("USER_PASSWORD_AUTH")
			.authParameters(Map.of("USERNAME", PHONE, "PASSWORD", "x")))).isInstanceOfSatisfying(
					InvalidParameterException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
						.isEqualTo("USER_PASSWORD_AUTH flow not enabled for this client"));
	}

	@Test
	void answerWhenSessionIsUnknownOrTamperedThenInvalidSession() {
		String session = client.start(PHONE).session();
		String tampered = session.substring(0, session.length() - 2) + "xx";
		assertThatThrownBy(() -> client.answer(tampered, PHONE, "123456")).isInstanceOfSatisfying(
				NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Invalid session for the user."));
	}

	@Test
	void answerWhenAnswerIsHugeOrOddThenJustAnotherChallenge() {
		var started = client.start(PHONE);
		String username = started.challengeParameters().get("USERNAME");
		assertThat(client.answer(started.session(), username, "٣".repeat(100_000)).challengeNameAsString())
			.isEqualTo("CUSTOM_CHALLENGE");
	}

	@Test
	void getUserWhenAccessTokenIsTamperedOrGarbageThenNotAuthorized() {
		AuthenticationResultType tokens = client.signIn(PHONE);
		String[] parts = tokens.accessToken().split("\\.");
		String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 3) + "abc." + parts[2];
		for (String token : new String[] { tampered, "garbage", tokens.idToken() }) {
			assertThatThrownBy(() -> client.cognito.getUser((request) -> request.accessToken(token)))
				.isInstanceOfSatisfying(NotAuthorizedException.class,
						(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Invalid Access Token"));
		}
	}

	@Test
	void refreshWhenTokenIsUnknownThenNotAuthorized() {
		assertThatThrownBy(() -> client.refresh("not-a-token", PHONE)).isInstanceOfSatisfying(
				NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Invalid Refresh Token"));
	}

	@Test
	void publishWhenNumberIsMalformedOrATopicThenSnsError() throws Exception {
		HttpResponse<String> topic = form("Action=Publish&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A1%3At&Message=hi");
		HttpResponse<String> bad = form("Action=Publish&PhoneNumber=12&Message=hi");
		assertThat(topic.statusCode()).isEqualTo(400);
		assertThat(topic.body()).contains("<Code>InvalidParameter</Code>");
		assertThat(bad.statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> post(String target, String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(cognito.pool().endpoint() + "/"))
			.header("Content-Type", "application/x-amz-json-1.1")
			.header("X-Amz-Target", target)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> form(String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(cognito.pool().endpoint() + "/"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			// SNS refuses an unsigned request before it reads it
			.header("Authorization", RawHttp.SIGV4)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
