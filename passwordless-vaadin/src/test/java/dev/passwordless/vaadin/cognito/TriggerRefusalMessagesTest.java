package dev.passwordless.vaadin.cognito;

import java.net.URI;
import java.time.Clock;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each typed refusal of the Create trigger, wrapped as Cognito wraps it, becomes words
 * for the person signing in. (Cognito is stubbed here, at the edge; the real refusals
 * travel through the local pool in CognitoAuthClientIT and the browser tests.)
 */
class TriggerRefusalMessagesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					refusal=TOO_MANY_CODES;retry-after=30          | RATE_LIMITED  | Too many codes for this number. Please try again in 30 seconds.
					refusal=TOO_MANY_CODES;retry-after=1           | RATE_LIMITED  | Too many codes for this number. Please try again in 1 second.
					refusal=TOO_MANY_CODES;retry-after=3301        | RATE_LIMITED  | Too many codes for this number. Please try again in 56 minutes.
					refusal=DAILY_BUDGET;retry-after=50400         | RATE_LIMITED  | No more codes can be sent today. Please try again in 14 hours.
					refusal=PHONE_COUNTRY_NOT_ALLOWED              | INVALID_INPUT | We can't send codes to phone numbers in this country.
					refusal=SMS_FAILED                             | SMS_FAILED    | We could not send the code. Please try again in a few minutes.
					""")
	void startWhenCreateRefusesThenTheReasonInPlainWords(String reason, SignInProblem.Kind kind, String words) {
		CognitoAuthClient client = new CognitoAuthClient(
				refusing("CreateAuthChallenge failed with error " + reason + "."),
				new CognitoPool(URI.create("http://127.0.0.1:9"), "us-east-1", "us-east-1_Abc", "client",
						ClientSecret.of("secretsecretsecretsecret"), "http://127.0.0.1:9/us-east-1_Abc",
						URI.create("http://127.0.0.1:9/jwks"), true),
				Clock.systemUTC());
		assertThatThrownBy(() -> client.start("+14155550123")).isInstanceOfSatisfying(SignInProblem.class,
				(problem) -> {
					assertThat(problem.kind()).isEqualTo(kind);
					assertThat(problem.getMessage()).isEqualTo(words);
				});
	}

	private static CognitoIdentityProviderClient refusing(String message) {
		return new CognitoIdentityProviderClient() {

			@Override
			public InitiateAuthResponse initiateAuth(Consumer<InitiateAuthRequest.Builder> request) {
				throw (UserLambdaValidationException) UserLambdaValidationException.builder()
					.awsErrorDetails(AwsErrorDetails.builder().errorMessage(message).build())
					.build();
			}

			@Override
			public String serviceName() {
				return "cognito-idp";
			}

			@Override
			public void close() {
			}

		};
	}

}
