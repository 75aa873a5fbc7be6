package dev.passwordless.infra;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Node;

/**
 * What a team can set for its deployment, read from CDK context
 * ({@code cdk deploy -c codeLength=8}, or {@code cdk.json}). Every value has a default.
 *
 * @param allowedCountries comma-separated ISO region codes allowed to sign up and get
 * codes; "" = all
 * @param codeLength digits per code (default 6)
 * @param codeTtlSeconds code lifetime (default 300)
 * @param smsTemplate SMS text with {@code {code}}; empty for the triggers' default
 * @param smsSenderId alphanumeric sender id; empty for none
 * @param smsOriginationNumber E.164 number to send from; empty for none
 * @param webOtpDomain domain for the origin-bound autofill line; empty for none
 * @param wafRequestsPerFiveMinutes per-IP requests allowed to the user pool in 5 minutes
 * (default 100)
 * @param authSessionValidity how long each challenge step may take (default 3 minutes)
 * @param accessTokenValidity access token lifetime (default 1 hour)
 * @param idTokenValidity ID token lifetime (default 1 hour)
 * @param refreshTokenValidity refresh token lifetime (default 30 days)
 * @param deletionProtection whether the user pool refuses deletion (default true)
 * @param removalPolicy what happens to the pool when the stack goes (default retain)
 * @param logRetention how long trigger logs are kept (default one month)
 * @param triggersJar the triggers' deployable jar (default
 * {@code ../triggers/target/triggers.jar})
 * @param sendCooldownSeconds least seconds between two codes to one number (default 30)
 * @param sendsPerHour most codes to one number in any hour (default 5)
 * @param dailySmsBudget most SMS per UTC day for the pool (default 1000)
 * @param testNumbers comma-separated test numbers from the fiction ranges; "" = none
 * @param testCode the test numbers' fixed code; "" = none
 */
record StackSettings(String allowedCountries, int codeLength, int codeTtlSeconds, String smsTemplate,
		String smsSenderId, String smsOriginationNumber, String webOtpDomain, int wafRequestsPerFiveMinutes,
		Duration authSessionValidity, Duration accessTokenValidity, Duration idTokenValidity,
		Duration refreshTokenValidity, boolean deletionProtection, RemovalPolicy removalPolicy,
		RetentionDays logRetention, String triggersJar, int sendCooldownSeconds, int sendsPerHour, int dailySmsBudget,
		String testNumbers, String testCode) {

	static StackSettings defaults() {
		return new StackSettings("", 6, 300, "", "", "", "", 100, Duration.ofMinutes(3), Duration.ofHours(1),
				Duration.ofHours(1), Duration.ofDays(30), true, RemovalPolicy.RETAIN, RetentionDays.ONE_MONTH,
				"../triggers/target/triggers.jar", 30, 5, 1000, "", "");
	}

	/** Reads the settings from CDK context, each key named like the component. */
	static StackSettings fromContext(Node node) {
		StackSettings d = defaults();
		Function<String, Optional<String>> context = (key) -> Optional.ofNullable(node.tryGetContext(key))
			.map(String::valueOf);
		return new StackSettings(context.apply("allowedCountries").orElse(d.allowedCountries()),
				context.apply("codeLength").map(Integer::parseInt).orElse(d.codeLength()),
				context.apply("codeTtlSeconds").map(Integer::parseInt).orElse(d.codeTtlSeconds()),
				context.apply("smsTemplate").orElse(d.smsTemplate()),
				context.apply("smsSenderId").orElse(d.smsSenderId()),
				context.apply("smsOriginationNumber").orElse(d.smsOriginationNumber()),
				context.apply("webOtpDomain").orElse(d.webOtpDomain()),
				context.apply("wafRequestsPerFiveMinutes").map(Integer::parseInt).orElse(d.wafRequestsPerFiveMinutes()),
				context.apply("authSessionValidityMinutes")
					.map((minutes) -> Duration.ofMinutes(Long.parseLong(minutes)))
					.orElse(d.authSessionValidity()),
				context.apply("accessTokenValidityMinutes")
					.map((minutes) -> Duration.ofMinutes(Long.parseLong(minutes)))
					.orElse(d.accessTokenValidity()),
				context.apply("idTokenValidityMinutes")
					.map((minutes) -> Duration.ofMinutes(Long.parseLong(minutes)))
					.orElse(d.idTokenValidity()),
				context.apply("refreshTokenValidityDays")
					.map((days) -> Duration.ofDays(Long.parseLong(days)))
					.orElse(d.refreshTokenValidity()),
				context.apply("deletionProtection").map(Boolean::parseBoolean).orElse(d.deletionProtection()),
				context.apply("removalPolicy").map(RemovalPolicy::valueOf).orElse(d.removalPolicy()),
				context.apply("logRetention").map(RetentionDays::valueOf).orElse(d.logRetention()),
				context.apply("triggersJar").orElse(d.triggersJar()),
				context.apply("sendCooldownSeconds").map(Integer::parseInt).orElse(d.sendCooldownSeconds()),
				context.apply("sendsPerHour").map(Integer::parseInt).orElse(d.sendsPerHour()),
				context.apply("dailySmsBudget").map(Integer::parseInt).orElse(d.dailySmsBudget()),
				context.apply("testNumbers").orElse(d.testNumbers()), context.apply("testCode").orElse(d.testCode()));
	}

}
