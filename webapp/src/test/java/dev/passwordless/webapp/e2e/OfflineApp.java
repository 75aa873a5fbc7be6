package dev.passwordless.webapp.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.passwordless.rules.MovableClock;
import dev.passwordless.testing.sms.Outbox;
import dev.passwordless.vaadin.admission.AdmissionAutoConfiguration;
import dev.passwordless.vaadin.cognito.CognitoPool;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The web app on the offline default, for browser tests: the {@code local} profile, an
 * embedded local Cognito in memory on a free port running the real triggers, a clock the
 * tests move ({@link MovableClock}, for the app and its pool), and an administrator's
 * Cognito client that records what Cognito answered ({@link SecretsSeen}), and requests
 * the tests can keep in progress ({@link HeldRequests}), and the pool's SMS outbox read
 * over HTTP as a phone would ({@link Outbox}). The per-address and per-check limits are
 * out of the way; the per-number limits keep their defaults, so a number's next code
 * waits for the cooldown to pass on that clock. Test classes with this annotation share
 * one application (Spring's test context cache), so each uses phone numbers of its own
 * and none relies on where the clock stands. There is one such application per test JVM
 * (failsafe runs two, see the pom), never classes side by side in one: they would move
 * each other's clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "passwordless.local-cognito.port=0", "passwordless.local-cognito.data-directory=",
				"passwordless.store.data-directory=", "passwordless.local-cognito.echo-sms=false",
				"passwordless.limits.address-sends-per-hour=1000", "passwordless.limits.country-sends-per-hour=100000",
				"passwordless.limits.phone-checks-per-ten-minutes=1000",
				"passwordless.limits.address-checks-per-ten-minutes=1000" })
@Import(OfflineApp.ClockAndRecorders.class)
@interface OfflineApp {

	/** The clock the tests move, for the app and its local Cognito, and the recorders. */
	@TestConfiguration(proxyBeanMethods = false)
	class ClockAndRecorders {

		@Bean
		MovableClock movableClock() {
			return new MovableClock();
		}

		/** Requests the tests keep in progress: a busy instance. */
		@Bean
		HeldRequests heldRequests() {
			return new HeldRequests();
		}

		@Bean
		FilterRegistrationBean<HeldRequests> heldRequestsFilter(HeldRequests held) {
			FilterRegistrationBean<HeldRequests> registration = new FilterRegistrationBean<>(held);
			registration.setOrder(AdmissionAutoConfiguration.ORDER + 1);
			return registration;
		}

		/** The SMS the pool's triggers sent, read from its outbox endpoint. */
		@Bean
		Outbox outbox(CognitoPool pool) {
			return Outbox.at(pool.endpoint());
		}

		@Bean
		SecretsSeen secretsSeen() {
			return new SecretsSeen();
		}

		@Bean(destroyMethod = "close")
		CognitoIdentityProviderClient cognitoClient(CognitoPool pool, SecretsSeen secrets) {
			return CognitoIdentityProviderClient.builder()
				.httpClient(UrlConnectionHttpClient.create())
				.endpointOverride(pool.endpoint())
				.region(Region.of(pool.region()))
				.credentialsProvider(AnonymousCredentialsProvider.create())
				.overrideConfiguration((config) -> config.addExecutionInterceptor(secrets))
				.build();
		}

	}

}
