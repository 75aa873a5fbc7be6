package dev.passwordless.vaadin;

import java.time.Clock;
import java.time.Instant;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.local.SmsOutbox;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.cognito.CognitoAutoConfiguration;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.cognito.CognitoProperties;
import dev.passwordless.vaadin.cognito.CognitoSettingsException;
import dev.passwordless.vaadin.login.LoginAutoConfiguration;
import dev.passwordless.vaadin.login.PasswordlessLoginService;
import dev.passwordless.vaadin.login.SignInRateLimits;
import dev.passwordless.vaadin.offline.LocalCognitoAutoConfiguration;
import dev.passwordless.vaadin.operations.OperationsAutoConfiguration;
import dev.passwordless.vaadin.security.CognitoTokenVerifier;
import dev.passwordless.vaadin.security.PasswordlessSecurityAutoConfiguration;
import dev.passwordless.vaadin.security.SignInTarget;
import dev.passwordless.vaadin.security.SignOut;
import dev.passwordless.vaadin.store.StoreAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The auto-configuration's conditions, without a server: what exists offline and on AWS,
 * what gives way to the application's own beans, and how a bad setting stops start-up.
 * The offline contexts start a real embedded pool in memory on a free port.
 */
class PasswordlessAutoConfigurationIT {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LocalCognitoAutoConfiguration.class, CognitoAutoConfiguration.class,
				PasswordlessSecurityAutoConfiguration.class, LoginAutoConfiguration.class,
				DataSourceAutoConfiguration.class, StoreAutoConfiguration.class, OperationsAutoConfiguration.class))
		.withPropertyValues("passwordless.local-cognito.port=0", "passwordless.local-cognito.data-directory=",
				"passwordless.store.data-directory=",
				"passwordless.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
				"passwordless.local-cognito.echo-sms=false", "passwordless.allowed-countries=US,GB");

	/** The offline default with registration open, as the example app has it. */
	private final ApplicationContextRunner local = this.runner.withPropertyValues("spring.profiles.active=local",
			"passwordless.sign-up=open");

	private static final String SECRET = "1example2secret3abcdefghijklmnopqrstuvwxyz456789abc";

	private final ApplicationContextRunner aws = this.runner.withPropertyValues("passwordless.cognito.region=eu-west-1",
			"passwordless.cognito.user-pool-id=eu-west-1_AbC123", "passwordless.cognito.client-id=1example23",
			"passwordless.cognito.client-secret=" + SECRET);

	@Test
	void contextWhenTheLocalProfileAndNoPoolThenTheEmbeddedLocalCognitoIsThePool() {
		this.local.run((context) -> {
			assertThat(context).hasSingleBean(LocalCognito.class);
			assertThat(context.getBean(CognitoPool.class).embedded()).isTrue();
			assertThat(context.getBean(CognitoPool.class).endpoint())
				.isEqualTo(context.getBean(LocalCognito.class).pool().endpoint());
			assertThat(context).hasSingleBean(PasswordlessLoginService.class)
				.hasSingleBean(SignInRateLimits.class)
				.hasSingleBean(CognitoTokenVerifier.class)
				.hasSingleBean(SignInTarget.class)
				.hasSingleBean(SignOut.class)
				.hasSingleBean(Clock.class);
		});
	}

	@Test
	void embeddedPoolWhenTheContextIsUpThenItsSigningKeysAreMadeForTheReadinessCheckToRead() {
		this.local.run((context) -> assertThat(context.getBean(LocalCognito.class).keysReady()).isTrue());
	}

	@Test
	void contextWhenNoCountriesAreAllowedThenStartUpFailsSayingWhatToSet() {
		this.local.withPropertyValues("passwordless.allowed-countries=").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("passwordless.allowed-countries")
				.hasStackTraceContaining("must list the countries whose numbers may get codes, e.g. US,GB");
		});
	}

	@Test
	void embeddedPoolWhenSignUpIsLeftAtItsDefaultThenThePoolAdmitsOnlyInvitedPeople() {
		this.runner.withPropertyValues("spring.profiles.active=local").run((context) -> {
			CognitoAuthClient cognito = context.getBean(CognitoAuthClient.class);
			assertThatThrownBy(() -> cognito.signUp("+12025550131", "Ada Lovelace")).isInstanceOfSatisfying(
					SignInProblem.class, (problem) -> assertThat(problem.key()).isEqualTo(SignInProblem.BY_INVITATION));
			assertThat(context.getBean(LocalCognito.class).outbox().messages("+12025550131")).isEmpty();
		});
	}

	@Test
	void embeddedPoolWhenCountriesAreAllowedThenItsTriggersRefuseNumbersFromElsewhere() {
		this.local.run((context) -> {
			CognitoAuthClient cognito = context.getBean(CognitoAuthClient.class);
			assertThatThrownBy(() -> cognito.signUp("+4915112345678", "Ada Lovelace")).isInstanceOfSatisfying(
					SignInProblem.class,
					(problem) -> assertThat(problem.key()).isEqualTo("passwordless.phone.country-not-allowed"));
			cognito.signUp("+12025550130", "Ada Lovelace");
		});
	}

	@Test
	void contextWhenNeitherAPoolNorTheLocalProfileThenStartUpFailsNamingEverySettingAndTheProfile() {
		this.runner.run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(CognitoSettingsException.class)
				.hasMessage(
						"The sign-in has no usable Cognito user pool. Missing: passwordless.cognito.region (PASSWORDLESS_COGNITO_REGION), "
								+ "passwordless.cognito.user-pool-id (PASSWORDLESS_COGNITO_USER_POOL_ID), passwordless.cognito.client-id (PASSWORDLESS_COGNITO_CLIENT_ID), "
								+ "passwordless.cognito.client-secret (PASSWORDLESS_COGNITO_CLIENT_SECRET).");
		});
	}

	@Test
	void contextWhenTheLocalProfileAndAPoolThenThePoolAndNoEmbeddedCognito() {
		this.aws.withPropertyValues("spring.profiles.active=local").run((context) -> {
			assertThat(context).doesNotHaveBean(LocalCognito.class);
			assertThat(context.getBean(CognitoPool.class).userPoolId()).isEqualTo("eu-west-1_AbC123");
		});
	}

	@Test
	void contextWhenAPoolIsConfiguredThenNoLocalCognitoAndTheConfiguredPool() {
		this.aws.run((context) -> {
			assertThat(context).doesNotHaveBean(LocalCognito.class);
			CognitoPool pool = context.getBean(CognitoPool.class);
			assertThat(pool.embedded()).isFalse();
			assertThat(pool.issuer()).isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123");
			assertThat(pool.clientId()).isEqualTo("1example23");
		});
	}

	@Test
	void contextWhenTheApplicationDefinesItsOwnBeansThenTheModulesGiveWay() {
		CognitoIdentityProviderClient client = CognitoIdentityProviderClient.builder()
			.region(software.amazon.awssdk.regions.Region.EU_WEST_1)
			.httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
			.credentialsProvider(software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider.create())
			.build();
		SignInRateLimits limits = new SignInRateLimits() {
			@Override
			public void sendTo(String phoneNumber, String address, boolean knownDevice) {
			}

			@Override
			public void sendFrom(String address) {
			}

			@Override
			public void check(String phoneNumber, String address, boolean knownDevice) {
			}
		};
		SignInTarget target = (user) -> "/reports";
		MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));
		this.aws.withBean(CognitoIdentityProviderClient.class, () -> client)
			.withBean(SignInRateLimits.class, () -> limits)
			.withBean(SignInTarget.class, () -> target)
			.withBean(Clock.class, () -> clock)
			.run((context) -> {
				assertThat(context.getBean(CognitoIdentityProviderClient.class)).isSameAs(client);
				assertThat(context.getBean(SignInRateLimits.class)).isSameAs(limits);
				assertThat(context.getBean(SignInTarget.class)).isSameAs(target);
				assertThat(context.getBean(Clock.class)).isSameAs(clock);
			});
	}

	@Test
	void contextWhenALimitIsNotPositiveThenStartUpFailsNamingTheProperty() {
		this.aws.withPropertyValues("passwordless.limits.phone-sends-per-hour=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("passwordless.limits.phone-sends-per-hour"));
	}

	@Test
	void contextWhenTheHourlyCapIsMoreThanTheTriggersAllowThenStartUpFailsNamingTheProperty() {
		this.aws.withPropertyValues("passwordless.limits.phone-sends-per-hour=101")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("passwordless.limits.phone-sends-per-hour"));
	}

	@Test
	void contextWhenTheCooldownIsNegativeThenStartUpFailsNamingTheProperty() {
		this.aws.withPropertyValues("passwordless.limits.phone-cooldown=-1s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("passwordless.limits.phone-cooldown"));
	}

	@Test
	void contextWhenThePoolIdComesWithoutAClientIdThenStartUpFailsSayingWhatIsMissing() {
		this.runner
			.withPropertyValues("passwordless.cognito.user-pool-id=eu-west-1_AbC123",
					"passwordless.cognito.region=eu-west-1")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(CognitoSettingsException.class)
				.hasMessageContaining("Missing: passwordless.cognito.client-id (PASSWORDLESS_COGNITO_CLIENT_ID), "
						+ "passwordless.cognito.client-secret (PASSWORDLESS_COGNITO_CLIENT_SECRET)")
				.message()
				.doesNotContain("passwordless.cognito.region"));
	}

	@Test
	void contextWhenTheClientSecretIsMissingThenStartUpFailsNamingIt() {
		this.aws.withPropertyValues("passwordless.cognito.client-secret=")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("The sign-in has no usable Cognito user pool. "
						+ "Missing: passwordless.cognito.client-secret (PASSWORDLESS_COGNITO_CLIENT_SECRET)."));
	}

	@Test
	void contextWhenTheClientSecretIsMalformedThenStartUpFailsNamingItWithoutShowingIt() {
		String cutShort = SECRET.substring(0, 20) + " ";
		this.aws.withPropertyValues("passwordless.cognito.client-secret=" + cutShort)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("Not valid: passwordless.cognito.client-secret")
				.message()
				.doesNotContain(SECRET.substring(0, 20)));
	}

	@Test
	void poolWhenConfiguredThenNeitherItNorItsSettingsShowTheSecret() {
		this.aws.run((context) -> {
			assertThat(context.getBean(CognitoPool.class).toString()).doesNotContain(SECRET).contains("[hidden]");
			assertThat(context.getBean(CognitoProperties.class).toString()).doesNotContain(SECRET);
		});
	}

	@Test
	void poolWhenAnEndpointIsSetThenIssuerAndKeysFollowItUnlessSet() {
		this.aws.withPropertyValues("passwordless.cognito.endpoint=http://127.0.0.1:9229").run((context) -> {
			CognitoPool pool = context.getBean(CognitoPool.class);
			assertThat(pool.issuer()).isEqualTo("http://127.0.0.1:9229/eu-west-1_AbC123");
			assertThat(pool.jwksUri()).hasToString("http://127.0.0.1:9229/eu-west-1_AbC123/.well-known/jwks.json");
		});
		this.aws
			.withPropertyValues("passwordless.cognito.endpoint=http://127.0.0.1:9229",
					"passwordless.cognito.issuer=https://issuer.example.com/p",
					"passwordless.cognito.jwks-uri=https://keys.example.com/jwks.json")
			.run((context) -> {
				CognitoPool pool = context.getBean(CognitoPool.class);
				assertThat(pool.issuer()).isEqualTo("https://issuer.example.com/p");
				assertThat(pool.jwksUri()).hasToString("https://keys.example.com/jwks.json");
			});
	}

	@Test
	void contextWhenTheSignInTargetIsAnotherSiteThenStartUpFails() {
		this.aws.withPropertyValues("passwordless.redirect.after-sign-in=https://evil.example.com/")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("passwordless.redirect.after-sign-in"));
	}

	@Test
	void embeddedPoolWhenTheAppsCooldownIsSetThenItsTriggersHoldTheSameCooldown() {
		MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));
		this.local.withPropertyValues("passwordless.limits.phone-cooldown=45s")
			.withBean(Clock.class, () -> clock)
			.run((context) -> {
				CognitoAuthClient cognito = context.getBean(CognitoAuthClient.class);
				SmsOutbox outbox = context.getBean(LocalCognito.class).outbox();
				cognito.signUp("+14155550160", "Ada Lovelace");
				cognito.start("+14155550160");
				clock.advance(java.time.Duration.ofSeconds(44));
				cognito.start("+14155550160");
				assertThat(outbox.messages("+14155550160")).hasSize(1);
				clock.advance(java.time.Duration.ofSeconds(1));
				cognito.start("+14155550160");
				assertThat(outbox.messages("+14155550160")).hasSize(2);
			});
	}

	@Test
	void embeddedPoolWhenTheAppsNameAndWebDomainAreSetThenTheSmsNamesTheAppAndEndsWithTheDomainLine() {
		this.local
			.withPropertyValues("passwordless.app-name=Acme Portal", "passwordless.web-otp-domain=app.example.com")
			.run((context) -> {
				CognitoAuthClient cognito = context.getBean(CognitoAuthClient.class);
				cognito.signUp("+14155550165", "Ada Lovelace");
				cognito.start("+14155550165");
				String sms = context.getBean(LocalCognito.class)
					.outbox()
					.latest("+14155550165")
					.orElseThrow()
					.message();
				assertThat(sms).contains("Acme Portal").containsPattern("@app\\.example\\.com #\\d{6}$");
			});
	}

	@Test
	void embeddedPoolWhenTheAppsNameIsNoValidSmsNameThenTheTriggersDefaultAndTheAppStillStarts() {
		this.local.withPropertyValues("passwordless.app-name=Acme: the portal for every team in the company")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void embeddedPoolWhenATriggerRefusesItsSettingThenStartUpFailsNamingTheSetting() {
		// the triggers load while the rest of the context starts; the refresh still waits
		// for them and fails with them
		this.local.withPropertyValues("passwordless.web-otp-domain=Not A Host")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("WEB_OTP_DOMAIN"));
	}

}
