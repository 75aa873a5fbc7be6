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
		assertThatThrownBy(() -> SpringApplication.run(Application.class, "--server.port=0", "--cognito.region=",
				"--cognito.user-pool-id=", "--cognito.client-id=", "--cognito.client-secret=", "--local-cognito.port=0",
				"--local-cognito.data-directory="))
			.isNotNull();
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Missing: cognito.region (COGNITO_REGION), cognito.user-pool-id (COGNITO_USER_POOL_ID), "
					+ "cognito.client-id (COGNITO_CLIENT_ID), cognito.client-secret (COGNITO_CLIENT_SECRET).")
			.contains("--spring.profiles.active=local")
			.doesNotContain("Ready:")
			.doesNotContain("SMS inbox http");
	}

}
