package dev.passwordless.infra;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cdk synth} with the CDK CLI from the npm registry, as the README tells a team to
 * run it: no AWS credentials, no telemetry, no notices.
 */
class CdkCliSynthIT {

	static final String CDK_CLI = "aws-cdk@2.1148.1";

	@Test
	void synthWhenRunWithTheCliAndNoCredentialsThenWritesTheTemplate() throws Exception {
		Path out = Files.createTempDirectory("cdk-out");
		ProcessBuilder builder = new ProcessBuilder(List.of("npx", "--yes", CDK_CLI, "synth", "--no-notices",
				"--no-version-reporting", "--output", out.toString(), "-q", "-c", "appEgressCidrs=203.0.113.10/32",
				"-c", "allowedCountries=US,GB", "-c", "passkeyRelyingPartyId=portal.example.com"))
			.directory(new File("."))
			.redirectErrorStream(true);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("CDK_DISABLE_CLI_TELEMETRY", "true");
		builder.environment().put("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
		builder.environment().remove("AWS_ACCESS_KEY_ID");
		builder.environment().remove("AWS_SECRET_ACCESS_KEY");
		builder.environment().remove("AWS_PROFILE");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(Files.readString(out.resolve("PasswordlessSms.template.json"))).contains("AWS::Cognito::UserPool")
			.contains("AWS::WAFv2::WebACLAssociation");
	}

}
