package dev.passwordless.vaadin.offline;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.local.LocalCognitoConfig;
import dev.passwordless.local.PoolInfo;
import dev.passwordless.vaadin.cognito.ClientSecret;
import dev.passwordless.vaadin.cognito.CognitoAutoConfiguration;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.login.PasswordlessProperties;
import dev.passwordless.vaadin.login.LimitsProperties;
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

	/**
	 * The Create trigger's settings for the per-number limits (the triggers'
	 * {@code TriggerEnvironment}; this module does not compile against the triggers).
	 */
	static final String SEND_COOLDOWN_SECONDS = "SEND_COOLDOWN_SECONDS";

	static final String SENDS_PER_HOUR = "SENDS_PER_HOUR";

	/** The app's name in the SMS. */
	static final String APP_NAME = "APP_NAME";

	/** The host of the SMS's {@code @host #code} line. */
	static final String WEB_OTP_DOMAIN = "WEB_OTP_DOMAIN";

	/** Where texts may go. */
	static final String ALLOWED_COUNTRIES = "ALLOWED_COUNTRIES";

	/** The pool's SMS per UTC day. */
	static final String DAILY_SMS_BUDGET = "DAILY_SMS_BUDGET";

	/** The names the triggers accept in an SMS (they refuse to start on others). */
	private static final Pattern SMS_APP_NAME = Pattern
		.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N} .&'-]{0,23}[\\p{L}\\p{N}.])?");

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	LocalCognito localCognito(LocalCognitoProperties properties, LimitsProperties limits, PasswordlessProperties app,
			Clock clock) {
		LocalCognitoConfig.Builder config = LocalCognitoConfig.defaults()
			.port(properties.port())
			.dataDirectory(properties.dataPath())
			.echoSms(properties.echoSms())
			// the app and the pool's triggers refuse alike, for registered and unknown
			// numbers
			.triggerEnvironment(SEND_COOLDOWN_SECONDS, String.valueOf(roundedUpSeconds(limits.phoneCooldown())))
			.triggerEnvironment(SENDS_PER_HOUR, String.valueOf(limits.phoneCeilingPerHour()))
			.triggerEnvironment(DAILY_SMS_BUDGET, String.valueOf(properties.dailySmsBudget()))
			.triggerEnvironment(ALLOWED_COUNTRIES, String.join(",", app.allowedCountries()));
		// the SMS names the app, as the stack's appName does on AWS
		if (SMS_APP_NAME.matcher(app.appName()).matches()) {
			config.triggerEnvironment(APP_NAME, app.appName());
		}
		if (!app.webOtpDomain().isBlank()) {
			config.triggerEnvironment(WEB_OTP_DOMAIN, app.webOtpDomain());
		}
		return LocalCognito.start(config.build(), clock);
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

	private static long roundedUpSeconds(Duration duration) {
		return duration.toSeconds() + ((duration.toNanosPart() > 0) ? 1 : 0);
	}

}
