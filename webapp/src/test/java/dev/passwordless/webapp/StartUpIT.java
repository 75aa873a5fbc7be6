package dev.passwordless.webapp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application as {@code java -jar webapp.jar} starts it: without Cognito settings and
 * without the {@code local} profile it refuses to start, and says why in words.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartUpIT {

	@Test
	void startWhenNeitherAPoolNorTheLocalProfileThenRefusesNamingWhatIsMissing(CapturedOutput output) {
		assertThatThrownBy(
				() -> SpringApplication.run(Application.class, "--server.port=0", "--passwordless.cognito.region=",
						"--passwordless.cognito.user-pool-id=", "--passwordless.cognito.client-id=",
						"--passwordless.cognito.client-secret=", "--passwordless.local-cognito.port=0",
						"--passwordless.local-cognito.data-directory=", "--passwordless.store.data-directory="))
			.isNotNull();
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains(
					"Missing: passwordless.cognito.region (PASSWORDLESS_COGNITO_REGION), passwordless.cognito.user-pool-id (PASSWORDLESS_COGNITO_USER_POOL_ID), "
							+ "passwordless.cognito.client-id (PASSWORDLESS_COGNITO_CLIENT_ID), passwordless.cognito.client-secret (PASSWORDLESS_COGNITO_CLIENT_SECRET).")
			.contains("--spring.profiles.active=local")
			.doesNotContain("Ready:")
			.doesNotContain("SMS inbox http");
	}

	@Test
	void startWhenAPoolButNoMasterKeyOutsideTheLocalProfileThenRefusesNamingTheKey(CapturedOutput output) {
		assertThatThrownBy(() -> SpringApplication.run(Application.class, "--server.port=0",
				"--passwordless.cognito.endpoint=http://127.0.0.1:9", "--passwordless.cognito.region=us-east-1",
				"--passwordless.cognito.user-pool-id=us-east-1_Example1",
				"--passwordless.cognito.client-id=exampleclient123",
				"--passwordless.cognito.client-secret=1example2secret3abcdefghijklmnopqrstuvwxyz",
				"--passwordless.store.data-directory=", "--passwordless.master-key="))
			.isNotNull();
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("passwordless.master-key (environment PASSWORDLESS_MASTER_KEY)")
			.contains("openssl rand -base64 32");
	}

}
