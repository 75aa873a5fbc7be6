package dev.passwordless.local;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

	@Test
	void parseWhenNothingIsGivenThenTheDefaults() {
		assertThat(CommandLine.parse(new String[0], Map.of())).isEqualTo(LocalCognitoConfig.defaults().build());
	}

	@Test
	void parseWhenEveryFlagIsGivenThenEverySettingIsSet() {
		LocalCognitoConfig config = CommandLine
			.parse(new String[] { "--port", "9300", "--data-dir", "/tmp/pool", "--region", "eu-west-1",
					"--user-pool-id", "eu-west-1_Test42", "--client-id", "client_1", "--client-secret", "s".repeat(30),
					"--issuer", "http://127.0.0.1:9300/eu-west-1_Test42", "--auth-session-validity", "5m",
					"--access-token-validity", "30m", "--id-token-validity", "PT2H", "--refresh-token-validity", "7d",
					"--trigger-timeout", "250ms", "--echo-sms", "off", "--trigger-env", "SEND_COOLDOWN_SECONDS=0",
					"--trigger-env=ALLOWED_COUNTRIES=US,GB", "--trigger-handler", "PostAuthentication=" }, Map.of());
		assertThat(config.port()).isEqualTo(9300);
		assertThat(config.dataDirectory()).isEqualTo(Path.of("/tmp/pool"));
		assertThat(config.region()).isEqualTo("eu-west-1");
		assertThat(config.userPoolId()).isEqualTo("eu-west-1_Test42");
		assertThat(config.clientId()).isEqualTo("client_1");
		assertThat(config.clientSecretEnabled()).isTrue();
		assertThat(config.clientSecret()).isEqualTo("s".repeat(30));
		assertThat(config.issuer()).isEqualTo("http://127.0.0.1:9300/eu-west-1_Test42");
		assertThat(config.authSessionValidity()).isEqualTo(Duration.ofMinutes(5));
		assertThat(config.accessTokenValidity()).isEqualTo(Duration.ofMinutes(30));
		assertThat(config.idTokenValidity()).isEqualTo(Duration.ofHours(2));
		assertThat(config.refreshTokenValidity()).isEqualTo(Duration.ofDays(7));
		assertThat(config.triggerTimeout()).isEqualTo(Duration.ofMillis(250));
		assertThat(config.echoSms()).isFalse();
		assertThat(config.triggerEnvironment()).containsEntry("SEND_COOLDOWN_SECONDS", "0")
			.containsEntry("ALLOWED_COUNTRIES", "US,GB");
		assertThat(config.triggerHandlers()).doesNotContainKey("PostAuthentication").containsKey("PreSignUp");
	}

	@Test
	void parseWhenSetByTheEnvironmentThenUsedAndAFlagWins() {
		Map<String, String> environment = Map.of("LOCAL_COGNITO_PORT", "9301", "LOCAL_COGNITO_REGION", "eu-west-1",
				"LOCAL_COGNITO_IN_MEMORY", "true", "LOCAL_COGNITO_CLIENT_SECRET", "on",
				"LOCAL_COGNITO_TRIGGER_ENV_SEND_COOLDOWN_SECONDS", "0", "LOCAL_COGNITO_TRIGGER_TIMEOUT", "2s",
				"LOCAL_COGNITO_HANDLER_POST_AUTHENTICATION", "", "PATH", "/usr/bin");
		LocalCognitoConfig config = CommandLine.parse(new String[] { "--port", "9302" }, environment);
		assertThat(config.port()).isEqualTo(9302);
		assertThat(config.region()).isEqualTo("eu-west-1");
		assertThat(config.userPoolId()).isEqualTo("eu-west-1_LocalPool1");
		assertThat(config.dataDirectory()).isNull();
		assertThat(config.clientSecretEnabled()).isTrue();
		assertThat(config.clientSecret()).isNull();
		assertThat(config.triggerEnvironment()).containsExactly(Map.entry("SEND_COOLDOWN_SECONDS", "0"));
		assertThat(config.triggerTimeout()).isEqualTo(Duration.ofSeconds(2));
		assertThat(config.triggerHandlers()).doesNotContainKey("PostAuthentication");
	}

	@Test
	void parseWhenPasskeySettingsAreGivenThenTheyAreSet() {
		LocalCognitoConfig config = CommandLine
			.parse(new String[] { "--passkey-relying-party-id", "example.com", "--passkey-origins",
					"https://app.example.com, https://example.com:8443", "--passkey-user-verification", "preferred" },
					Map.of());
		assertThat(config.passkeyRelyingPartyId()).isEqualTo("example.com");
		assertThat(config.passkeyOrigins()).containsExactly("https://app.example.com", "https://example.com:8443");
		assertThat(config.passkeyUserVerification()).isEqualTo(LocalCognitoConfig.PasskeyUserVerification.PREFERRED);
	}

	@Test
	void parseWhenPasskeySettingsComeFromTheEnvironmentThenTheyAreSet() {
		LocalCognitoConfig config = CommandLine.parse(new String[0],
				Map.of("LOCAL_COGNITO_PASSKEY_RELYING_PARTY_ID", "example.com", "LOCAL_COGNITO_PASSKEY_ORIGINS",
						"https://app.example.com", "LOCAL_COGNITO_PASSKEY_USER_VERIFICATION", "REQUIRED"));
		assertThat(config.passkeyRelyingPartyId()).isEqualTo("example.com");
		assertThat(config.passkeyOrigins()).containsExactly("https://app.example.com");
		assertThat(config.passkeyUserVerification()).isEqualTo(LocalCognitoConfig.PasskeyUserVerification.REQUIRED);
	}

	@Test
	void parseWhenNoPasskeySettingsThenLocalhostAnyPortAndUserVerificationRequired() {
		LocalCognitoConfig config = CommandLine.parse(new String[0], Map.of());
		assertThat(config.passkeyRelyingPartyId()).isEqualTo("localhost");
		assertThat(config.passkeyOrigins()).isEmpty();
		assertThat(config.passkeyUserVerification()).isEqualTo(LocalCognitoConfig.PasskeyUserVerification.REQUIRED);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"--passkey-user-verification|discouraged|--passkey-user-verification must be required or preferred, was \"discouraged\"",
			"--passkey-relying-party-id|https://example.com|--passkey-relying-party-id must be a domain name such as localhost or example.com (1-127 characters), was https://example.com",
			"--passkey-origins|https://evil.example|--passkey-origins: https://evil.example is not on the relying-party id's domain localhost",
			"--passkey-origins|http://app.localhost.example|--passkey-origins: http://app.localhost.example is not on the relying-party id's domain localhost",
			"--passkey-origins|http://localhost:8080/path|--passkey-origins: http://localhost:8080/path is not an origin such as https://app.example.com" })
	void parseWhenAPasskeySettingIsBadThenRefusedNamingTheFlag(String flag, String value, String message) {
		assertThatThrownBy(() -> CommandLine.parse(new String[] { flag, value }, Map.of()))
			.isInstanceOf(CommandLine.BadValueException.class)
			.hasMessage(message);
	}

	@Test
	void parseWhenAnOriginOnTheRelyingPartysDomainUsesHttpThenRefused() {
		assertThatThrownBy(() -> CommandLine.parse(
				new String[] { "--passkey-relying-party-id", "example.com", "--passkey-origins", "http://example.com" },
				Map.of()))
			.isInstanceOf(CommandLine.BadValueException.class)
			.hasMessage("--passkey-origins: http://example.com must use https (http only for localhost)");
	}

	@Test
	void parseWhenTheRegionComesAfterThePoolIdThenThePoolIdStays() {
		LocalCognitoConfig config = CommandLine
			.parse(new String[] { "--user-pool-id", "eu-west-1_Mine", "--region", "eu-west-1" }, Map.of());
		assertThat(config.userPoolId()).isEqualTo("eu-west-1_Mine");
	}

	@Test
	void parseWhenTheClientSecretIsOffThenAPublicClient() {
		LocalCognitoConfig config = CommandLine.parse(new String[] { "--client-secret", "off" },
				Map.of("LOCAL_COGNITO_CLIENT_SECRET", "on"));
		assertThat(config.clientSecretEnabled()).isFalse();
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					--port                   | abc               | --port must be a port number 0-65535, was "abc"
					--port                   | 70000             | --port must be a port number 0-65535, was "70000"
					--auth-session-validity  | 1m                | --auth-session-validity must be 3m to 15m, was 1m
					--auth-session-validity  | five minutes      | --auth-session-validity must be a duration such as 250ms, 30s, 5m, 1h, 30d or PT5M, was "five minutes"
					--access-token-validity  | 2d                | --access-token-validity must be 5m to 1d, was 2d
					--id-token-validity      | 1m                | --id-token-validity must be 5m to 1d, was 1m
					--refresh-token-validity | 3651d             | --refresh-token-validity must be 1h to 3650d, was 3651d
					--trigger-timeout        | 0s                | --trigger-timeout must be 1ms to 15m, was 0ms
					--region                 | Europe            | --region must be a region such as eu-west-1, was Europe
					--user-pool-id           | eu-west-1_Pool    | --user-pool-id must look like us-east-1_Abc123, was eu-west-1_Pool
					--client-id              | has space         | --client-id must be 1-128 letters, digits, '_' or '+', was has space
					--client-secret          | short             | --client-secret must be 24-64 letters, digits, '_' or '+' (Cognito's rule)
					--echo-sms               | maybe             | --echo-sms must be on or off, was "maybe"
					--trigger-env            | SEND_COOLDOWN     | --trigger-env must be NAME=VALUE, was "SEND_COOLDOWN"
					--trigger-handler        | PreSignup=a.B     | --trigger-handler: unknown trigger PreSignup; the pool's triggers are [PreSignUp, PreAuthentication, DefineAuthChallenge, CreateAuthChallenge, VerifyAuthChallengeResponse, PostAuthentication]
					--data-dir               | ' '               | --data-dir must be a directory path, was " "
					--faults                 | sometimes         | --faults must be on or off, was "sometimes"
					--sign-up                | closed            | --sign-up must be open or invite-only, was "closed"
					""")
	void parseWhenAValueIsBadThenRefusedNamingTheFlag(String flag, String value, String message) {
		assertThatThrownBy(() -> CommandLine.parse(new String[] { flag, value }, Map.of()))
			.isInstanceOf(CommandLine.BadValueException.class)
			.hasMessage(message);
	}

	@Test
	void parseWhenAVariableIsBadThenRefusedNamingTheVariable() {
		assertThatThrownBy(() -> CommandLine.parse(new String[0], Map.of("LOCAL_COGNITO_PORT", "nine")))
			.hasMessage("LOCAL_COGNITO_PORT must be a port number 0-65535, was \"nine\"");
		assertThatThrownBy(() -> CommandLine.parse(new String[0], Map.of("LOCAL_COGNITO_HANDLER_PRESIGNUP", "x.Y")))
			.hasMessageStartingWith("LOCAL_COGNITO_HANDLER_PRESIGNUP names no trigger; use one of")
			.hasMessageContaining("LOCAL_COGNITO_HANDLER_PRE_SIGN_UP");
	}

	@Test
	void parseWhenAnOptionIsUnknownOrItsValueMissingThenRefused() {
		assertThatThrownBy(() -> CommandLine.parse(new String[] { "--prot", "1" }, Map.of()))
			.hasMessage("Unknown option --prot (try --help)");
		assertThatThrownBy(() -> CommandLine.parse(new String[] { "--port" }, Map.of()))
			.hasMessage("--port needs a value: N");
	}

	@Test
	void runWhenAValueIsBadThenExitCodeTwoAndOneLineWithoutAStackTrace() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = LocalCognitoMain.run(new String[] { "--trigger-timeout", "soon" }, Map.of(), System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("local-cognito: --trigger-timeout must be a "
				+ "duration such as 250ms, 30s, 5m, 1h, 30d or PT5M, was \"soon\"" + System.lineSeparator());
	}

	@Test
	void runWhenHelpIsAskedThenEverySettingIsListedWithItsVariable() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = LocalCognitoMain.run(new String[] { "--help" }, Map.of(),
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("--port N", "LOCAL_COGNITO_PORT", "--data-dir DIR",
				"--in-memory", "--region REGION", "--user-pool-id ID", "--client-id ID",
				"--client-secret on|off|SECRET", "--issuer URL", "--auth-session-validity DURATION",
				"--access-token-validity DURATION", "--id-token-validity DURATION", "--refresh-token-validity DURATION",
				"--trigger-timeout DURATION", "--sign-up open|invite-only", "LOCAL_COGNITO_SIGN_UP",
				"--echo-sms on|off", "--trigger-env NAME=VALUE", "LOCAL_COGNITO_TRIGGER_ENV_<NAME>",
				"--trigger-handler TRIGGER=CLASS", "LOCAL_COGNITO_HANDLER_<TRIGGER>");
	}

	@Test
	void parseWhenNothingTurnsTheFaultHarnessOnThenItIsOff() {
		assertThat(CommandLine.parse(new String[0], Map.of()).faults()).isFalse();
		assertThat(LocalCognitoConfig.inMemory().build().faults()).isFalse();
	}

	@Test
	void parseWhenTheFaultHarnessIsTurnedOnByFlagOrVariableThenOnAndTheFlagWins() {
		assertThat(CommandLine.parse(new String[] { "--faults", "on" }, Map.of()).faults()).isTrue();
		assertThat(CommandLine.parse(new String[0], Map.of("LOCAL_COGNITO_FAULTS", "on")).faults()).isTrue();
		assertThat(CommandLine.parse(new String[] { "--faults=off" }, Map.of("LOCAL_COGNITO_FAULTS", "on")).faults())
			.isFalse();
	}

	@Test
	void runWhenHelpIsAskedThenTheFaultHarnessIsListedApartFromTheSettings() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		LocalCognitoMain.run(new String[] { "--help" }, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
				System.err);
		String help = out.toString(StandardCharsets.UTF_8);
		assertThat(help.substring(help.indexOf("Test harnesses"))).contains("--faults on|off", "LOCAL_COGNITO_FAULTS",
				"/_local/faults", "(default off)");
		assertThat(help.indexOf("Test harnesses")).isGreaterThan(help.indexOf("--trigger-handler"));
	}

	@Test
	void parseWhenNothingSetsSignUpThenOpenAsToday() {
		assertThat(CommandLine.parse(new String[0], Map.of()).signUp()).isEqualTo(LocalCognitoConfig.SignUp.OPEN);
		assertThat(LocalCognitoConfig.inMemory().build().signUp()).isEqualTo(LocalCognitoConfig.SignUp.OPEN);
	}

	@Test
	void parseWhenSignUpIsInviteOnlyByFlagOrVariableThenInviteOnlyAndTheFlagWins() {
		assertThat(CommandLine.parse(new String[] { "--sign-up", "invite-only" }, Map.of()).signUp())
			.isEqualTo(LocalCognitoConfig.SignUp.INVITE_ONLY);
		assertThat(CommandLine.parse(new String[0], Map.of("LOCAL_COGNITO_SIGN_UP", "invite-only")).signUp())
			.isEqualTo(LocalCognitoConfig.SignUp.INVITE_ONLY);
		assertThat(CommandLine.parse(new String[] { "--sign-up=open" }, Map.of("LOCAL_COGNITO_SIGN_UP", "invite-only"))
			.signUp()).isEqualTo(LocalCognitoConfig.SignUp.OPEN);
	}

}
