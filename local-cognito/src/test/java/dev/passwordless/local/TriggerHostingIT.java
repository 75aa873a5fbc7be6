package dev.passwordless.local;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnexpectedLambdaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Trigger time budget and failures, trigger settings, and a restart that keeps the data.
 */
class TriggerHostingIT {

	private static final String PHONE = "+14155550123";

	@Test
	void initiateAuthWhenDefineRunsOutOfTimeThenUnexpectedLambda() {
		LocalCognitoConfig config = LocalCognitoConfig.inMemory()
			.echoSms(false)
			.triggerTimeout(Duration.ofMillis(300))
			.triggerHandler("DefineAuthChallenge", SlowDefineHandler.class.getName())
			.build();
		try (LocalCognito cognito = LocalCognito.start(config)) {
			PoolClient client = new PoolClient(cognito.pool());
			client.signUp(PHONE, "Ada Lovelace");
			assertThatThrownBy(() -> client.start(PHONE)).isInstanceOfSatisfying(UnexpectedLambdaException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(
							"DefineAuthChallenge invocation failed due to error Socket timeout while invoking Lambda function."));
		}
	}

	@Test
	void signUpWhenCountryIsNotInTheTriggersAllowlistThenPreSignUpFails() {
		LocalCognitoConfig config = LocalCognitoConfig.inMemory()
			.echoSms(false)
			.triggerEnvironment("ALLOWED_COUNTRIES", "GB")
			.build();
		try (LocalCognito cognito = LocalCognito.start(config)) {
			assertThatThrownBy(() -> new PoolClient(cognito.pool()).signUp(PHONE, "Ada Lovelace"))
				.isInstanceOfSatisfying(UserLambdaValidationException.class,
						(ex) -> assertThat(ex.awsErrorDetails().errorMessage())
							.isEqualTo("PreSignUp failed with error refusal=PHONE_COUNTRY_NOT_ALLOWED."));
		}
	}

	@Test
	void startWhenATriggerSettingIsInvalidThenRefusesToStartNamingIt() {
		LocalCognitoConfig config = LocalCognitoConfig.inMemory().triggerEnvironment("CODE_LENGTH", "4").build();
		assertThatThrownBy(() -> LocalCognito.start(config)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("CODE_LENGTH must be between 6 and 10");
	}

	@Test
	void restartWhenDataDirectoryIsKeptThenUsersCanSignInAndOldTokensStillWork(@TempDir Path data) {
		LocalCognitoConfig.Builder config = PoolClient
			.forRepeatedSignIns(LocalCognitoConfig.inMemory().echoSms(false).dataDirectory(data));
		AuthenticationResultType before;
		int port;
		try (LocalCognito cognito = LocalCognito.start(config.build())) {
			PoolClient client = new PoolClient(cognito.pool());
			client.signUp(PHONE, "Ada Lovelace");
			before = client.signIn(PHONE);
			port = cognito.pool().endpoint().getPort();
		}
		try (LocalCognito cognito = LocalCognito.start(config.port(port).build())) {
			PoolClient client = new PoolClient(cognito.pool());
			assertThat(client.cognito.getUser((request) -> request.accessToken(before.accessToken())).username())
				.isNotBlank();
			assertThat(client.signIn(PHONE).idToken()).isNotBlank();
		}
	}

}
