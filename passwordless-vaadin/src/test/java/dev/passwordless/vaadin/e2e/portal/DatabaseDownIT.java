package dev.passwordless.vaadin.e2e.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.postgres.PostgresServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example portal on a real PostgreSQL that goes down and comes back: while it is down
 * no code is sent (fail closed), the sign-in page says sign-in is unavailable, and
 * readiness answers 503 in time for a load balancer's check; once it is back, all works
 * again.
 */
@ActiveProfiles("local")
@SpringBootTest(classes = ExamplePortal.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "passwordless.local-cognito.port=0", "passwordless.local-cognito.data-directory=",
				"passwordless.local-cognito.echo-sms=false", "passwordless.redirect.after-sign-in=/reports" })
class DatabaseDownIT {

	@RegisterExtension
	static final PostgresServer POSTGRES = new PostgresServer();

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	private final WebDriver driver = browser.driver();

	@Autowired
	private LocalCognito cognito;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", POSTGRES::jdbcUrl);
		registry.add("spring.datasource.username", POSTGRES::username);
		registry.add("spring.datasource.password", POSTGRES::password);
	}

	@Test
	void sendCodeWhenTheDatabaseIsDownThenSignInIsUnavailableNoSmsAndNotReadyUntilItIsBack() throws Exception {
		String phone = "+12025550160";
		assertThat(readiness().statusCode()).isEqualTo(200);
		POSTGRES.stop();
		try {
			long started = System.nanoTime();
			HttpResponse<String> down = readiness();
			assertThat(down.statusCode()).isEqualTo(503);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("within HAProxy's check timeout")
				.isLessThan(Duration.ofSeconds(2));
			String message = LoginPage.open(this.driver, browser.base())
				.sendCodeExpectingProblem(phone)
				.messageContaining("unavailable");
			assertThat(message).isEqualTo("Sign-in is unavailable right now. Please try again shortly.");
			assertThat(this.cognito.outbox().messages(phone)).as("no SMS").isEmpty();
		}
		finally {
			POSTGRES.start();
		}
		// the pool reconnects at its next check
		Awaitility.await("ready again")
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> readiness().statusCode() == 200);
		assertThat(LoginPage.open(this.driver, browser.base()).sendCodeTo(phone).sentTo()).isNotBlank();
	}

	private HttpResponse<String> readiness() throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(browser.base() + "/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
