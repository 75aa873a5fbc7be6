package dev.passwordless.triggers.settings;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.passwordless.rules.AppName;
import dev.passwordless.rules.PhoneMask;
import dev.passwordless.rules.SendLimits;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.TriggerEnvironment;
import dev.passwordless.triggers.sms.SmsText;

/**
 * The triggers' configuration, read once from the environment and checked at start-up, so
 * a bad setting fails the deployment's first invocation (or the stack's synth, through
 * {@link TriggerEnvironment#check}) loudly instead of a user's sign-in quietly. Secrets
 * are not part of it: see {@link Secrets}.
 *
 * @param allowedCountries region codes allowed to sign up and receive codes, at least
 * one; {@value #NON_GEOGRAPHIC} for non-geographic numbers (satellite phones,
 * international networks), which are refused unless it is listed
 * @param codeLength digits per code, 6 to 10
 * @param codeTtl how long a code is valid after sending, 30 s to 10 min
 * @param smsTemplate a text that replaces the built-in English SMS, with {@code {code}}
 * (and optionally {@code {minutes}}, {@code {app}}), if any; the other languages keep
 * theirs
 * @param appName the app's name, which every SMS names ({@link AppName}); default
 * {@value AppName#DEFAULT_APP_NAME}
 * @param senderId alphanumeric sender id, if any
 * @param originationNumber number to send from, if any
 * @param webOtpDomain domain for the origin-bound autofill line, if any
 * @param sendCooldown least time between two codes to one number, 0 to 1 hour; default
 * {@link SendLimits#DEFAULT_COOLDOWN}
 * @param sendsPerHour most codes to one number within any hour, for all requesters
 * together, 1 to 100; default {@link SendLimits#DEFAULT_NUMBER_CEILING_PER_HOUR}
 * @param dailySmsBudget most SMS per UTC day for the whole pool, 1 to 10,000,000
 * @param reservedBudgetPercent the share of the daily budget, in percent (0 to 90), only
 * numbers that have signed in before may use; default
 * {@value #DEFAULT_RESERVED_BUDGET_PERCENT}
 * @param testNumbers numbers from the fiction ranges that get {@code testCode} and no SMS
 * @param testCode the fixed code of the test numbers, present exactly when there are some
 */
public record TriggerSettings(Set<String> allowedCountries, int codeLength, Duration codeTtl,
		Optional<String> smsTemplate, String appName, Optional<String> senderId, Optional<String> originationNumber,
		Optional<String> webOtpDomain, Duration sendCooldown, int sendsPerHour, int dailySmsBudget,
		int reservedBudgetPercent, Set<String> testNumbers, Optional<String> testCode) {

	/**
	 * libphonenumber's region of numbers that belong to no country (satellite phones,
	 * international networks: +870, +881, +882, +883...), which SMS pumping favours.
	 */
	public static final String NON_GEOGRAPHIC = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY;

	/** The longest web OTP domain, so that every SMS fits one segment. */
	public static final int MAX_WEB_OTP_DOMAIN = 60;

	static final int DEFAULT_CODE_LENGTH = 6;

	static final Duration DEFAULT_CODE_TTL = Duration.ofMinutes(5);

	private static final Duration MAX_CODE_TTL = Duration.ofMinutes(10);

	private static final Duration MIN_CODE_TTL = Duration.ofSeconds(30);

	private static final Pattern DOMAIN = Pattern
		.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

	private static final Pattern SENDER_ID = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9]{1,11}");

	private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

	/**
	 * The ranges reserved for fiction: North America's 555-0100 to 555-0199 in any area
	 * code, and Ofcom's drama mobile range 07700 900000 to 900999.
	 */
	private static final Pattern FICTIONAL = Pattern.compile("\\+1[2-9][0-9]{2}55501[0-9]{2}|\\+447700900[0-9]{3}");

	static final int DEFAULT_DAILY_SMS_BUDGET = 1000;

	/**
	 * The share of the daily budget kept for numbers that signed in before, in percent.
	 */
	public static final int DEFAULT_RESERVED_BUDGET_PERCENT = 50;

	/*
	 * Checked with plain conditions rather than Optional chains: this runs in every cold
	 * start, where each lambda costs about half a millisecond to link.
	 */
	public TriggerSettings {
		allowedCountries = Set.copyOf(allowedCountries);
		testNumbers = Set.copyOf(testNumbers);
		if (allowedCountries.isEmpty()) {
			// no default: every default is wrong for someone, and "all" lets anyone have
			// codes sent to the costliest destinations
			throw invalid(TriggerSettingNames.ALLOWED_COUNTRIES, "must list the countries whose numbers may sign up "
					+ "and receive codes, as ISO 3166 codes like US,GB (add " + NON_GEOGRAPHIC
					+ " for non-geographic numbers such as satellite phones): SMS cost differs by country, and an "
					+ "open list lets anyone send codes to the costliest destinations");
		}
		if (codeLength < 6 || codeLength > 10) {
			throw invalid(TriggerSettingNames.CODE_LENGTH, "must be between 6 and 10, was " + codeLength);
		}
		if (codeTtl.compareTo(MIN_CODE_TTL) < 0 || codeTtl.compareTo(MAX_CODE_TTL) > 0) {
			throw invalid(TriggerSettingNames.CODE_TTL_SECONDS,
					"must be between 30 and 600 seconds, was " + codeTtl.toSeconds());
		}
		if (smsTemplate.isPresent() && !smsTemplate.get().contains(SmsText.CODE_PLACEHOLDER)) {
			throw invalid(TriggerSettingNames.SMS_TEMPLATE, "must contain " + SmsText.CODE_PLACEHOLDER);
		}
		if (!AppName.isValid(appName)) {
			throw invalid(TriggerSettingNames.APP_NAME,
					AppName.problem(appName).orElseThrow() + ", was '" + appName + "'");
		}
		if (senderId.isPresent() && !SENDER_ID.matcher(senderId.get()).matches()) {
			throw invalid(TriggerSettingNames.SMS_SENDER_ID, "must be 1-11 letters or digits with at least one letter");
		}
		if (originationNumber.isPresent() && !E164.matcher(originationNumber.get()).matches()) {
			throw invalid(TriggerSettingNames.SMS_ORIGINATION_NUMBER, "must be an E.164 number like +14155550100");
		}
		if (webOtpDomain.isPresent() && !DOMAIN.matcher(webOtpDomain.get()).matches()) {
			throw invalid(TriggerSettingNames.WEB_OTP_DOMAIN, "must be a lower-case host name like app.example.com");
		}
		if (webOtpDomain.isPresent() && webOtpDomain.get().length() > MAX_WEB_OTP_DOMAIN) {
			throw invalid(TriggerSettingNames.WEB_OTP_DOMAIN,
					"must be at most " + MAX_WEB_OTP_DOMAIN + " characters, so that the SMS fits one segment");
		}
		checkOneSegment(smsTemplate, appName, codeLength, codeTtl, webOtpDomain);
		if (sendCooldown.isNegative() || sendCooldown.compareTo(SendLimits.WINDOW) > 0) {
			throw invalid(TriggerSettingNames.SEND_COOLDOWN_SECONDS,
					"must be between 0 and 3600 seconds, was " + sendCooldown.toSeconds());
		}
		if (sendsPerHour < 1 || sendsPerHour > 100) {
			throw invalid(TriggerSettingNames.SENDS_PER_HOUR, "must be between 1 and 100, was " + sendsPerHour);
		}
		if (dailySmsBudget < 1 || dailySmsBudget > 10_000_000) {
			throw invalid(TriggerSettingNames.DAILY_SMS_BUDGET,
					"must be between 1 and 10000000, was " + dailySmsBudget);
		}
		if (reservedBudgetPercent < 0 || reservedBudgetPercent > 90) {
			throw invalid(TriggerSettingNames.RESERVED_BUDGET_PERCENT,
					"must be between 0 and 90, was " + reservedBudgetPercent);
		}
		for (String number : testNumbers) {
			if (!FICTIONAL.matcher(number).matches()) {
				throw invalid(TriggerSettingNames.TEST_NUMBERS, "may only hold numbers reserved for fiction "
						+ "(+1 NXX 555 0100-0199, +44 7700 900000-900999), not " + PhoneMask.mask(number));
			}
		}
		if (testNumbers.isEmpty() != testCode.isEmpty()) {
			throw invalid(testNumbers.isEmpty() ? TriggerSettingNames.TEST_NUMBERS : TriggerSettingNames.TEST_CODE,
					"must be set together with " + (testNumbers.isEmpty() ? TriggerSettingNames.TEST_CODE
							: TriggerSettingNames.TEST_NUMBERS));
		}
		if (testCode.isPresent() && !testCode.get().matches("[0-9]{" + codeLength + "}")) {
			throw invalid(TriggerSettingNames.TEST_CODE, "must be " + codeLength + " digits");
		}
	}

	/**
	 * Refuses settings with which some SMS would not fit one segment, naming the setting
	 * that makes it too long: the English text when it is the custom one, the app name
	 * when it forces UCS-2, otherwise the web domain (or, without one, the app name).
	 */
	private static void checkOneSegment(Optional<String> smsTemplate, String appName, int codeLength, Duration codeTtl,
			Optional<String> webOtpDomain) {
		Optional<SmsText.Overflow> overflow = SmsText.overflow(smsTemplate, appName, codeLength, codeTtl, webOtpDomain);
		if (overflow.isEmpty()) {
			return;
		}
		String setting;
		if (smsTemplate.isPresent() && overflow.get().language().equals(SmsText.LANGUAGES.getFirst())) {
			setting = TriggerSettingNames.SMS_TEMPLATE;
		}
		else if (overflow.get().unicode() && !SmsText.isGsm7(appName)) {
			setting = TriggerSettingNames.APP_NAME;
		}
		else {
			setting = webOtpDomain.isPresent() ? TriggerSettingNames.WEB_OTP_DOMAIN : TriggerSettingNames.APP_NAME;
		}
		throw invalid(setting, overflow.get().describe());
	}

	/**
	 * How many SMS of the daily budget only numbers that signed in before may use: the
	 * reserved share, rounded up.
	 */
	public long reservedSms() {
		return ((long) this.dailySmsBudget * this.reservedBudgetPercent + 99) / 100;
	}

	/** Whether a number is a configured test number. */
	public boolean isTestNumber(String phoneNumber) {
		return phoneNumber != null && this.testNumbers.contains(phoneNumber);
	}

	/**
	 * Reads the settings from an environment map.
	 * @param environment the function's environment (or an in-process host's settings)
	 * @return the checked settings
	 * @throws IllegalArgumentException naming the variable when a value is not acceptable
	 */
	public static TriggerSettings from(Map<String, String> environment) {
		EnvironmentValues values = new EnvironmentValues(environment);
		return new TriggerSettings(values.countries(TriggerSettingNames.ALLOWED_COUNTRIES),
				values.integer(TriggerSettingNames.CODE_LENGTH, DEFAULT_CODE_LENGTH),
				Duration.ofSeconds(
						values.integer(TriggerSettingNames.CODE_TTL_SECONDS, (int) DEFAULT_CODE_TTL.toSeconds())),
				values.text(TriggerSettingNames.SMS_TEMPLATE),
				values.text(TriggerSettingNames.APP_NAME).orElse(AppName.DEFAULT_APP_NAME),
				values.text(TriggerSettingNames.SMS_SENDER_ID), values.text(TriggerSettingNames.SMS_ORIGINATION_NUMBER),
				values.text(TriggerSettingNames.WEB_OTP_DOMAIN),
				Duration.ofSeconds(values.integer(TriggerSettingNames.SEND_COOLDOWN_SECONDS,
						(int) SendLimits.DEFAULT_COOLDOWN.toSeconds())),
				values.integer(TriggerSettingNames.SENDS_PER_HOUR, SendLimits.DEFAULT_NUMBER_CEILING_PER_HOUR),
				values.integer(TriggerSettingNames.DAILY_SMS_BUDGET, DEFAULT_DAILY_SMS_BUDGET),
				values.integer(TriggerSettingNames.RESERVED_BUDGET_PERCENT, DEFAULT_RESERVED_BUDGET_PERCENT),
				values.list(TriggerSettingNames.TEST_NUMBERS), values.text(TriggerSettingNames.TEST_CODE));
	}

	/** A refusal that names the setting. */
	static IllegalArgumentException invalid(String name, String problem) {
		return new IllegalArgumentException(name + " " + problem);
	}

}
