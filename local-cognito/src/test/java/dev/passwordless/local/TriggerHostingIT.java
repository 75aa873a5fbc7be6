package dev.passwordless.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
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

	/** The number of the tests of Cognito's retries. */
	private static final String FICTION = "+12025550142";

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
	void initiateAuthWhenDefineRunsOutOfTimeOnceThenCognitoCallsItAgainWithTheSameEvent() {
		assertThat(defineRefusalWhenSlowFor(1)).isEqualTo("DefineAuthChallenge failed with error calls=2;same=true.");
	}

	@Test
	void initiateAuthWhenDefineRunsOutOfTimeTwiceThenTheThirdAttemptAnswers() {
		assertThat(defineRefusalWhenSlowFor(2)).isEqualTo("DefineAuthChallenge failed with error calls=3;same=true.");
	}

	@Test
	void initiateAuthWhenDefineFailsThenItIsNotCalledAgain() {
		assertThat(defineRefusalWhenSlowFor(0)).isEqualTo("DefineAuthChallenge failed with error calls=1;same=true.");
	}

	@Test
	void initiateAuthWhenDefineRunsOutOfTimeThreeTimesThenUnexpectedLambdaAfterTheThirdAttempt() {
		LocalCognitoConfig config = LocalCognitoConfig.inMemory()
			.echoSms(false)
			.triggerTimeout(Duration.ofMillis(200))
			.triggerEnvironment("PROBE_SLOW_CALLS", "3")
			.triggerHandler("DefineAuthChallenge", ProbeHandlers.DefineSlowAtFirst.class.getName())
			.build();
		try (LocalCognito cognito = LocalCognito.start(config)) {
			PoolClient client = new PoolClient(cognito.pool());
			client.signUp(FICTION, "Ada Lovelace");
			assertThatThrownBy(() -> client.start(FICTION)).isInstanceOfSatisfying(UnexpectedLambdaException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(
							"DefineAuthChallenge invocation failed due to error Socket timeout while invoking Lambda function."));
		}
	}

	/**
	 * Signs in with a Define trigger that runs out of time on its first calls and then
	 * refuses, saying how it was called.
	 */
	private static String defineRefusalWhenSlowFor(int slowCalls) {
		LocalCognitoConfig config = LocalCognitoConfig.inMemory()
			.echoSms(false)
			.triggerTimeout(Duration.ofMillis(200))
			.triggerEnvironment("PROBE_SLOW_CALLS", Integer.toString(slowCalls))
			.triggerHandler("DefineAuthChallenge", ProbeHandlers.DefineSlowAtFirst.class.getName())
			.build();
		try (LocalCognito cognito = LocalCognito.start(config)) {
			PoolClient client = new PoolClient(cognito.pool());
			client.signUp(FICTION, "Ada Lovelace");
			try {
				client.start(FICTION);
			}
			catch (UserLambdaValidationException ex) {
				return ex.awsErrorDetails().errorMessage();
			}
			throw new AssertionError("the probe let the sign-in go on");
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

	@Test
	void signUpWhenALocaleIsGivenThenPreSignUpSeesItAndLaterTriggersSeeItStored() {
		LocalCognitoConfig.Builder config = LocalCognitoConfig.inMemory().echoSms(false);
		try (LocalCognito cognito = LocalCognito
			.start(config.triggerHandler("PreSignUp", ProbeHandlers.PreSignUpLocale.class.getName()).build())) {
			assertThatThrownBy(() -> signUp(new PoolClient(cognito.pool()), "de-DE")).isInstanceOfSatisfying(
					UserLambdaValidationException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
						.isEqualTo("PreSignUp failed with error locale=de-DE."));
		}
		config = LocalCognitoConfig.inMemory().echoSms(false);
		try (LocalCognito cognito = LocalCognito
			.start(config.triggerHandler("DefineAuthChallenge", ProbeHandlers.DefineLocale.class.getName()).build())) {
			PoolClient client = new PoolClient(cognito.pool());
			signUp(client, "pt-BR");
			assertThat(client.cognito
				.adminGetUser((request) -> request.userPoolId(cognito.pool().userPoolId()).username(PHONE))
				.userAttributes()).contains(AttributeType.builder().name("locale").value("pt-BR").build());
			assertThatThrownBy(() -> client.start(PHONE)).isInstanceOfSatisfying(UserLambdaValidationException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage())
						.isEqualTo("DefineAuthChallenge failed with error locale=pt-BR."));
		}
	}

	@Test
	void startWhenNoCodeHashKeyIsConfiguredThenTheTriggersGetAGeneratedOneKeptWithTheData(@TempDir Path data) {
		LocalCognitoConfig config = LocalCognitoConfig.inMemory()
			.echoSms(false)
			.dataDirectory(data)
			.triggerHandler("PreSignUp", ProbeHandlers.PreSignUpCodeHashKey.class.getName())
			.build();
		String first = preSignUpRefusal(config);
		assertThat(first).matches("length=(3[2-9]|[4-9]\\d);fingerprint=[0-9a-f]{16}");
		assertThat(preSignUpRefusal(config)).isEqualTo(first);
		assertThat(preSignUpRefusal(LocalCognitoConfig.inMemory()
			.echoSms(false)
			.triggerHandler("PreSignUp", ProbeHandlers.PreSignUpCodeHashKey.class.getName())
			.build())).isNotEqualTo(first);
	}

	@Test
	void startWhenACodeHashKeyIsConfiguredThenTheTriggersGetThatOne() {
		String key = "k".repeat(40);
		assertThat(preSignUpRefusal(LocalCognitoConfig.inMemory()
			.echoSms(false)
			.triggerEnvironment("CODE_HASH_KEY", key)
			.triggerHandler("PreSignUp", ProbeHandlers.PreSignUpCodeHashKey.class.getName())
			.build())).isEqualTo("length=40;fingerprint=" + ProbeHandlers.fingerprint(key));
	}

	@Test
	void startWhenNoCountriesAreConfiguredThenTheTriggersGetTheDefaultAllowlist() {
		assertThat(preSignUpRefusal(LocalCognitoConfig.inMemory()
			.echoSms(false)
			.triggerHandler("PreSignUp", ProbeHandlers.PreSignUpAllowedCountries.class.getName())
			.build())).isEqualTo("ALLOWED_COUNTRIES=US,GB,DE");
	}

	@Test
	void startWhenCountriesAreConfiguredThenTheTriggersGetThoseInsteadOfTheDefault() {
		assertThat(preSignUpRefusal(LocalCognitoConfig.inMemory()
			.echoSms(false)
			.triggerEnvironment("ALLOWED_COUNTRIES", "GB,IE")
			.triggerHandler("PreSignUp", ProbeHandlers.PreSignUpAllowedCountries.class.getName())
			.build())).isEqualTo("ALLOWED_COUNTRIES=GB,IE");
	}

	@Test
	void startWhenTheLauncherIsGivenCountriesThenTheFlagWinsOverTheVariableAndTheDefault() {
		LocalCognitoConfig config = CommandLine.parse(
				new String[] { "--in-memory", "--port", "0", "--echo-sms", "off", "--trigger-env",
						"ALLOWED_COUNTRIES=FR", "--trigger-handler",
						"PreSignUp=" + ProbeHandlers.PreSignUpAllowedCountries.class.getName() },
				Map.of("LOCAL_COGNITO_TRIGGER_ENV_ALLOWED_COUNTRIES", "IE"));
		assertThat(preSignUpRefusal(config)).isEqualTo("ALLOWED_COUNTRIES=FR");
	}

	/** What a probing PreSignUp handler says when it refuses a sign-up. */
	private static String preSignUpRefusal(LocalCognitoConfig config) {
		try (LocalCognito cognito = LocalCognito.start(config)) {
			try {
				new PoolClient(cognito.pool()).signUp(PHONE, "Ada Lovelace");
			}
			catch (UserLambdaValidationException ex) {
				return ex.awsErrorDetails().errorMessage().replaceAll("^PreSignUp failed with error (.*)\\.$", "$1");
			}
			throw new AssertionError("the probe accepted a sign-up");
		}
	}

	private static void signUp(PoolClient client, String locale) {
		client.cognito.signUp((request) -> request.clientId(client.pool.clientId())
			.secretHash(client.secretHash(PHONE))
			.username(PHONE)
			.password(PoolClient.password())
			.userAttributes((attribute) -> attribute.name("name").value("Ada Lovelace"),
					(attribute) -> attribute.name("locale").value(locale)));
	}

}
