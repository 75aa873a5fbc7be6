package dev.passwordless.infra;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CDK app as the CLI runs it ({@code cdk.json}'s app command, context in
 * {@code CDK_CONTEXT_JSON}): a setting it cannot use ends it with one line, not a stack
 * trace.
 */
class InfraAppIT {

	@Test
	void synthWhenTheAppsEgressIsNotSetThenRefusesWithOneLineSayingWhatToSet() throws Exception {
		String output = synthRefused(
				"{\"codeLength\":\"8\",\"allowedCountries\":\"US,GB\",\"passkeyRelyingPartyId\":\"portal.example.com\"}");
		assertThat(output).startsWith("Cannot synthesize: appEgressCidrs is not set.").doesNotContain("\tat ");
		assertThat(output.lines()).hasSize(1);
	}

	@Test
	void synthWhenTheCountriesAreNotSetThenRefusesWithOneLineSayingWhatToSet() throws Exception {
		String output = synthRefused("{\"codeLength\":\"8\",\"appEgressCidrs\":\"203.0.113.10/32\","
				+ "\"passkeyRelyingPartyId\":\"portal.example.com\"}");
		assertThat(output).startsWith("Cannot synthesize: allowedCountries is not set.")
			.contains("-c allowedCountries=US,GB")
			.doesNotContain("\tat ");
		assertThat(output.lines()).hasSize(1);
	}

	@Test
	void synthWhenSignUpIsNeitherInviteOnlyNorOpenThenRefusesWithOneLineNamingTheAllowedValues() throws Exception {
		String output = synthRefused("{\"allowedCountries\":\"US,GB\",\"appEgressCidrs\":\"203.0.113.10/32\","
				+ "\"passkeyRelyingPartyId\":\"portal.example.com\",\"signUp\":\"anyone\"}");
		assertThat(output).isEqualTo("Cannot synthesize: signUp must be one of invite-only, open, was 'anyone'");
	}

	@Test
	void synthWhenThePasskeyRelyingPartyIsNotSetThenRefusesWithOneSentenceSayingWhatToSetAndHow() throws Exception {
		String output = synthRefused("{\"allowedCountries\":\"US,GB\",\"appEgressCidrs\":\"203.0.113.10/32\"}");
		assertThat(output).isEqualTo("Cannot synthesize: " + PasswordlessUserPoolProps.RELYING_PARTY_ID_REQUIRED)
			.contains("cdk deploy -c passkeyRelyingPartyId=portal.example.com");
	}

	@Test
	void synthWhenThePasskeyRelyingPartyIsAUrlThenRefusesWithOneLineSayingWhatToSet() throws Exception {
		String output = synthRefused("{\"allowedCountries\":\"US,GB\",\"appEgressCidrs\":\"203.0.113.10/32\","
				+ "\"passkeyRelyingPartyId\":\"https://portal.example.com/\"}");
		assertThat(output)
			.startsWith("Cannot synthesize: passkeyRelyingPartyId must be a plain domain name, was "
					+ "'https://portal.example.com/'")
			.contains("cdk deploy -c passkeyRelyingPartyId=portal.example.com")
			.doesNotContain("\tat ");
		assertThat(output.lines()).hasSize(1);
	}

	/** Runs the app with this context as the CLI would; returns what it printed. */
	private static String synthRefused(String context) throws Exception {
		Path out = Files.createTempDirectory("cdk-out");
		String classPath = "target/classes" + java.io.File.pathSeparator
				+ Files.readString(Path.of("target/classpath.txt")).strip();
		ProcessBuilder builder = new ProcessBuilder(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
						InfraApp.class.getName()))
			.redirectErrorStream(true);
		builder.environment().put("CDK_CONTEXT_JSON", context);
		builder.environment().put("CDK_OUTDIR", out.toString());
		builder.environment().put("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(output).isEqualTo(1);
		return output;
	}

}
