package dev.passwordless.infra;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.passwordless.rules.TriggerSettingNames;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Node;

/**
 * What a team can set for its deployment, read from CDK context
 * ({@code cdk deploy -c codeLength=8}, or {@code cdk.json}) into the constructs' props. A
 * setting that is not given keeps the default its construct documents (or, for the
 * triggers' settings, the triggers' own default), so no default is written twice. A value
 * that cannot be read fails the synth with a message naming the setting.
 */
final class StackSettings {

	/**
	 * The triggers' settings: context key, and the function setting it becomes. Passed
	 * through as given; the triggers check them ({@code TriggerEnvironment.check}).
	 */
	private static final Map<String, String> TRIGGER_SETTINGS = triggerSettingNames();

	private final Function<String, Object> context;

	private StackSettings(Function<String, Object> context) {
		this.context = context;
	}

	/** The settings of a CDK app: its context. */
	static StackSettings fromContext(Node node) {
		return new StackSettings(node::tryGetContext);
	}

	/** Settings given as a map, as {@code -c key=value} would give them. */
	static StackSettings of(Map<String, ?> values) {
		return new StackSettings(values::get);
	}

	/**
	 * Pool and client: {@code passkeyRelyingPartyId} (required), {@code signUp},
	 * {@code deletionProtection}, {@code removalPolicy}, validities.
	 */
	PasswordlessUserPoolProps userPool() {
		PasswordlessUserPoolProps.Builder props = PasswordlessUserPoolProps.builder();
		value("passkeyRelyingPartyId").ifPresent(props::passkeyRelyingPartyId);
		value("signUp").map(StackSettings::signUp).ifPresent(props::signUp);
		bool("deletionProtection").ifPresent(props::deletionProtection);
		value("removalPolicy").map((name) -> constant("removalPolicy", RemovalPolicy.class, name))
			.ifPresent(props::removalPolicy);
		integer("authSessionValidityMinutes").map(Duration::ofMinutes).ifPresent(props::authSessionValidity);
		integer("accessTokenValidityMinutes").map(Duration::ofMinutes).ifPresent(props::accessTokenValidity);
		integer("idTokenValidityMinutes").map(Duration::ofMinutes).ifPresent(props::idTokenValidity);
		integer("refreshTokenValidityDays").map(Duration::ofDays).ifPresent(props::refreshTokenValidity);
		return props.build();
	}

	/**
	 * The triggers: their own settings ({@code codeLength}, {@code sendCooldownSeconds},
	 * ...), {@code triggersJar} and {@code logRetention}; the stack adds the resources.
	 */
	TriggersProps.Builder triggers() {
		TriggersProps.Builder props = TriggersProps.builder().settings(triggerSettings());
		value("triggersJar").ifPresent(props::triggersJar);
		value("logRetention").map((name) -> constant("logRetention", RetentionDays.class, name))
			.ifPresent(props::logRetention);
		return props;
	}

	/**
	 * The triggers' own settings that are given, by the name the functions read them by;
	 * one given no value is left out, so the triggers' default applies.
	 */
	Map<String, String> triggerSettings() {
		Map<String, String> settings = new LinkedHashMap<>();
		TRIGGER_SETTINGS.forEach((key, variable) -> value(key).ifPresent((value) -> settings.put(variable, value)));
		return settings;
	}

	/** The send limits' alarm: {@code alarmEmail}; the stack adds the pool. */
	SmsLimitsProps.Builder smsLimits() {
		SmsLimitsProps.Builder props = SmsLimitsProps.builder();
		value("alarmEmail").ifPresent(props::alarmEmail);
		return props;
	}

	/**
	 * The WAF rule: {@code wafRequestsPerFiveMinutes} and {@code appEgressCidrs}
	 * (comma-separated blocks, or {@code none}); the stack adds the pool.
	 */
	PoolRateLimitProps.Builder rateLimit() {
		PoolRateLimitProps.Builder props = PoolRateLimitProps.builder();
		integer("wafRequestsPerFiveMinutes").ifPresent(props::requestsPerFiveMinutes);
		value("appEgressCidrs").map(StackSettings::cidrs).ifPresent(props::appEgressCidrs);
		return props;
	}

	/**
	 * Who administers the pool's users: {@code adminGroup}; the stack adds the pool.
	 */
	UserAdministrationProps.Builder userAdministration() {
		UserAdministrationProps.Builder props = UserAdministrationProps.builder();
		value("adminGroup").ifPresent(props::adminGroup);
		return props;
	}

	private static SignUp signUp(String value) {
		return Arrays.stream(SignUp.values())
			.filter((signUp) -> signUp.settingValue().equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("signUp must be one of "
					+ Arrays.stream(SignUp.values()).map(SignUp::settingValue).collect(Collectors.joining(", "))
					+ ", was '" + value + "'"));
	}

	private static List<String> cidrs(String value) {
		if (value.equals("none")) {
			return List.of();
		}
		List<String> cidrs = Arrays.stream(value.split(","))
			.map(String::strip)
			.filter((cidr) -> !cidr.isEmpty())
			.toList();
		if (cidrs.isEmpty()) {
			throw new IllegalArgumentException("appEgressCidrs lists no address; give the app's addresses, or none");
		}
		return cidrs;
	}

	private Optional<String> value(String key) {
		return Optional.ofNullable(this.context.apply(key))
			.map(String::valueOf)
			.map(String::strip)
			.filter((value) -> !value.isEmpty());
	}

	private Optional<Integer> integer(String key) {
		return value(key).map((value) -> {
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(key + " must be a whole number, was '" + value + "'");
			}
		});
	}

	private Optional<Boolean> bool(String key) {
		return value(key).map((value) -> switch (value) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException(key + " must be true or false, was '" + value + "'");
		});
	}

	private static <E extends Enum<E>> E constant(String key, Class<E> type, String name) {
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(key + " must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
					+ ", was '" + name + "'");
		}
	}

	private static Map<String, String> triggerSettingNames() {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("allowedCountries", TriggerSettingNames.ALLOWED_COUNTRIES);
		settings.put("codeLength", TriggerSettingNames.CODE_LENGTH);
		settings.put("codeTtlSeconds", TriggerSettingNames.CODE_TTL_SECONDS);
		settings.put("appName", TriggerSettingNames.APP_NAME);
		settings.put("smsTemplate", TriggerSettingNames.SMS_TEMPLATE);
		settings.put("smsSenderId", TriggerSettingNames.SMS_SENDER_ID);
		settings.put("smsOriginationNumber", TriggerSettingNames.SMS_ORIGINATION_NUMBER);
		settings.put("webOtpDomain", TriggerSettingNames.WEB_OTP_DOMAIN);
		settings.put("sendCooldownSeconds", TriggerSettingNames.SEND_COOLDOWN_SECONDS);
		settings.put("sendsPerHour", TriggerSettingNames.SENDS_PER_HOUR);
		settings.put("dailySmsBudget", TriggerSettingNames.DAILY_SMS_BUDGET);
		settings.put("reservedBudgetPercent", TriggerSettingNames.RESERVED_BUDGET_PERCENT);
		settings.put("testNumbers", TriggerSettingNames.TEST_NUMBERS);
		settings.put("testCode", TriggerSettingNames.TEST_CODE);
		return Collections.unmodifiableMap(settings);
	}

}
