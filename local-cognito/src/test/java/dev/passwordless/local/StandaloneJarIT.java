package dev.passwordless.local;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone jar and its launcher as a developer runs them: settings from flags and
 * environment variables reach the pool and its triggers, and a bad value ends the program
 * with exit code 2 and one line, no stack trace.
 */
class StandaloneJarIT {

	private static final Path JAR = Path.of("target/local-cognito.jar");

	private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	@Test
	void runWhenAFlagValueIsBadThenExitCodeTwoAndOneLineWithoutAStackTrace() throws Exception {
		Result result = run(List.of(JAVA, "-jar", JAR.toString(), "--port", "nope"), Map.of());
		assertThat(result.exit()).isEqualTo(2);
		assertThat(result.output()).isEqualTo("local-cognito: --port must be a port number 0-65535, was \"nope\"\n");
	}

	@Test
	void runWhenAVariableValueIsBadThenExitCodeTwoNamingTheVariable() throws Exception {
		Result result = run(List.of(JAVA, "-jar", JAR.toString()), Map.of("LOCAL_COGNITO_AUTH_SESSION_VALIDITY", "1h"));
		assertThat(result.exit()).isEqualTo(2);
		assertThat(result.output()).isEqualTo("local-cognito: --auth-session-validity must be 3m to 15m, was 1h\n");
	}

	@Test
	void runWhenATriggerSettingIsRefusedThenExitCodeTwoNamingIt() throws Exception {
		Result result = run(
				List.of(JAVA, "-jar", JAR.toString(), "--in-memory", "--port", "0", "--trigger-env", "CODE_LENGTH=4"),
				Map.of());
		assertThat(result.exit()).isEqualTo(2);
		assertThat(result.output()).startsWith("local-cognito: Cannot start the ")
			.contains("CODE_LENGTH must be between 6 and 10")
			.doesNotContain("\tat ");
	}

	@Test
	void runWhenFlagsAndVariablesAreGivenThenThePoolAndItsTriggersUseThem() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "--in-memory", "--port", "0",
				"--echo-sms", "off", "--region", "eu-west-1", "--trigger-env", "SEND_COOLDOWN_SECONDS=0")
			.redirectErrorStream(true);
		builder.environment().put("LOCAL_COGNITO_CLIENT_SECRET", "on");
		builder.environment().put("LOCAL_COGNITO_CLIENT_ID", "standalone_client");
		Process process = builder.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String endpoint = null;
			for (String line = out.readLine(); line != null && endpoint == null; line = out.readLine()) {
				if (line.startsWith("  endpoint:")) {
					endpoint = line.substring(line.indexOf("http"));
				}
			}
			assertThat(endpoint).isNotNull();
			PoolClient probe = new PoolClient(new PoolInfo(URI.create(endpoint), "eu-west-1", "eu-west-1_LocalPool1",
					"standalone_client", null, null));
			JsonNode pool = probe.getJson("/_local/pool");
			assertThat(pool.get("userPoolId").asText()).isEqualTo("eu-west-1_LocalPool1");
			assertThat(pool.get("clientId").asText()).isEqualTo("standalone_client");
			String secret = pool.get("clientSecret").asText();
			assertThat(secret).matches("[a-z0-9]{51}");
			String phone = "+14155550123";
			probe.cognito.signUp((request) -> request.clientId("standalone_client")
				.username(phone)
				.password(PoolClient.password())
				.secretHash(SecretHash.of(secret, phone + "standalone_client"))
				.userAttributes((attribute) -> attribute.name("name").value("Ada Lovelace")));
			for (int i = 0; i < 2; i++) {
				// no cooldown between the two: the trigger got SEND_COOLDOWN_SECONDS=0
				probe.cognito.initiateAuth((request) -> request.clientId("standalone_client")
					.authFlow(AuthFlowType.CUSTOM_AUTH)
					.authParameters(Map.of("USERNAME", phone, "SECRET_HASH",
							SecretHash.of(secret, phone + "standalone_client"))));
			}
			assertThat(probe.smsCount(phone)).isEqualTo(2);
		}
		finally {
			process.destroy();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void launcherWhenHelpIsAskedThenItListsTheSettingsAndABadValueEndsWithExitCodeTwo() throws Exception {
		Result help = run(List.of("bin/local-cognito", "--help"), Map.of("LOCAL_COGNITO_AOT", "off"));
		assertThat(help.exit()).isZero();
		assertThat(help.output()).contains("--trigger-env NAME=VALUE", "LOCAL_COGNITO_TRIGGER_ENV_<NAME>");
		Result bad = run(List.of("bin/local-cognito", "--echo-sms", "loud"), Map.of("LOCAL_COGNITO_AOT", "off"));
		assertThat(bad.exit()).isEqualTo(2);
		assertThat(bad.output()).isEqualTo("local-cognito: --echo-sms must be on or off, was \"loud\"\n");
	}

	private record Result(int exit, String output) {
	}

	private static Result run(List<String> command, Map<String, String> environment) throws Exception {
		assertThat(JAR).as("the standalone jar (mvn package)").exists();
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
		builder.environment().putAll(environment);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

}
