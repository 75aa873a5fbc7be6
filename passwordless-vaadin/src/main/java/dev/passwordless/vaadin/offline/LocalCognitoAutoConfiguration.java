package dev.passwordless.vaadin.offline;

import java.time.Clock;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.rules.AppName;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.rules.Waits;
import dev.passwordless.local.LocalCognitoConfig;
import dev.passwordless.local.PoolInfo;
import dev.passwordless.vaadin.cognito.ClientSecret;
import dev.passwordless.vaadin.cognito.CognitoAutoConfiguration;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.login.PasswordlessProperties;
import dev.passwordless.vaadin.login.SignUpMode;
import dev.passwordless.vaadin.login.LimitsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The {@code local} profile with no {@code passwordless.cognito.user-pool-id}: an
 * embedded local Cognito on 127.0.0.1, with a confidential app client like the deployed
 * one, runs the real triggers with the app's clock and the app's per-number limits, and
 * becomes the app's pool. The development SMS inbox exists only here
 * ({@link LocalProfile} keeps the app on 127.0.0.1 too).
 */
@AutoConfiguration(before = CognitoAutoConfiguration.class)
@ConditionalOnClass(LocalCognito.class)
@Conditional(EmbeddedLocalCognito.class)
@EnableConfigurationProperties({ LocalCognitoProperties.class, LimitsProperties.class, PasswordlessProperties.class })
public class LocalCognitoAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LocalCognitoAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	LocalCognito localCognito(LocalCognitoProperties properties, LimitsProperties limits, PasswordlessProperties app,
			Clock clock) {
		LocalCognitoConfig.Builder config = LocalCognitoConfig.defaults()
			.port(properties.port())
			.dataDirectory(properties.dataPath())
			.echoSms(properties.echoSms())
			// the pool admits whom the app admits, as the stack's signUp does on AWS
			.signUp((app.signUp() == SignUpMode.OPEN) ? LocalCognitoConfig.SignUp.OPEN
					: LocalCognitoConfig.SignUp.INVITE_ONLY)
			// the app and the pool's triggers refuse alike, for registered and unknown
			// numbers
			.triggerEnvironment(TriggerSettingNames.SEND_COOLDOWN_SECONDS,
					String.valueOf(Waits.roundedUpSeconds(limits.phoneCooldown())))
			.triggerEnvironment(TriggerSettingNames.SENDS_PER_HOUR, String.valueOf(limits.phoneCeilingPerHour()))
			.triggerEnvironment(TriggerSettingNames.DAILY_SMS_BUDGET, String.valueOf(properties.dailySmsBudget()))
			.triggerEnvironment(TriggerSettingNames.ALLOWED_COUNTRIES, String.join(",", app.allowedCountries()));
		// the SMS names the app, as the stack's appName does on AWS
		if (AppName.isValid(app.appName())) {
			config.triggerEnvironment(TriggerSettingNames.APP_NAME, app.appName());
		}
		else {
			log.warn(
					"passwordless.app-name is shown in the sign-in, but the SMS names the app as '{}': an SMS name has "
							+ "1-{} letters, digits, spaces or . & ' -",
					AppName.DEFAULT_APP_NAME, AppName.MAX_APP_NAME);
		}
		if (!app.webOtpDomain().isBlank()) {
			config.triggerEnvironment(TriggerSettingNames.WEB_OTP_DOMAIN, app.webOtpDomain());
		}
		// serving at once; its triggers and signing keys (most of its start) load on
		// threads of their own while the rest of the context starts (the keys now, not at
		// the first sign-in: readiness reads the JWKS)
		LocalCognito cognito = LocalCognito.launch(config.build(), clock);
		cognito.prepareKeys();
		return cognito;
	}

	/**
	 * The refresh ends only once the pool's triggers and keys are loaded, and fails, as
	 * the pool's own start does, when a trigger cannot start: after every other singleton
	 * is made, before the web server starts and the app reports ready.
	 */
	@Bean
	SmartInitializingSingleton passwordlessLocalCognitoLoaded(LocalCognito cognito) {
		return cognito::awaitReady;
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoPool cognitoPool(LocalCognito cognito) {
		PoolInfo pool = cognito.pool();
		if (pool.clientSecret() == null) {
			throw new IllegalStateException("The embedded local Cognito's app client has no secret; the sign-in "
					+ "needs a confidential client, as on AWS (LocalCognitoConfig.Builder.clientSecret(true))");
		}
		return new CognitoPool(pool.endpoint(), pool.region(), pool.userPoolId(), pool.clientId(),
				ClientSecret.of(pool.clientSecret()), pool.issuer(), pool.jwksUri(), true);
	}

	@Bean
	ReadyLine passwordlessReadyLine(LocalCognito cognito) {
		return new ReadyLine(cognito.pool().endpoint());
	}

}
