package dev.passwordless.rules;

/**
 * The names of the environment variables the Cognito triggers read: their settings. The
 * triggers, the CDK stack, the local Cognito and the web app (which hands its own limits
 * to the local Cognito's triggers) use these constants, so a name is written once.
 */
public final class TriggerSettingNames {

	/**
	 * Comma-separated ISO 3166-1 alpha-2 region codes (e.g. {@code US,GB}) whose phone
	 * numbers may sign up and receive codes. Required: absent or empty, the triggers
	 * refuse to start. Non-geographic numbers (satellite phones and international
	 * networks, libphonenumber's region {@code 001}: +870, +881, +882, +883...) are
	 * refused unless the list holds {@code 001}.
	 */
	public static final String ALLOWED_COUNTRIES = "ALLOWED_COUNTRIES";

	/** Number of digits in a code, 6 to 10. Default 6. */
	public static final String CODE_LENGTH = "CODE_LENGTH";

	/** Seconds a code stays valid after it was sent, 30 to 600. Default 300. */
	public static final String CODE_TTL_SECONDS = "CODE_TTL_SECONDS";

	/**
	 * Optional text that replaces the built-in English SMS (the other languages keep
	 * theirs); must contain {@code {code}}, may contain {@code {minutes}} and
	 * {@code {app}}. Default: the built-in text, e.g. {@code 123456 is your SMS sign-in
	 * code. It expires in 5 minutes.}
	 */
	public static final String SMS_TEMPLATE = "SMS_TEMPLATE";

	/**
	 * The app's name, which every SMS names: 1 to {@value AppName#MAX_APP_NAME} letters,
	 * digits, spaces or {@code . & ' -} ({@link AppName}). Default
	 * {@value AppName#DEFAULT_APP_NAME}.
	 */
	public static final String APP_NAME = "APP_NAME";

	/** Optional alphanumeric sender id (1-11 characters) where carriers support it. */
	public static final String SMS_SENDER_ID = "SMS_SENDER_ID";

	/** Optional origination number (E.164) to send from. */
	public static final String SMS_ORIGINATION_NUMBER = "SMS_ORIGINATION_NUMBER";

	/**
	 * Optional web domain (e.g. {@code app.example.com}, at most 60 characters). When
	 * set, the SMS ends with the origin-bound line {@code @app.example.com #123456} so
	 * browsers can offer the code for autofill.
	 */
	public static final String WEB_OTP_DOMAIN = "WEB_OTP_DOMAIN";

	/**
	 * Least seconds between two codes to one number, 0 to 3600. Default
	 * {@link SendLimits#DEFAULT_COOLDOWN}.
	 */
	public static final String SEND_COOLDOWN_SECONDS = "SEND_COOLDOWN_SECONDS";

	/**
	 * Most codes to one number within any hour, for all requesters together, 1 to 100.
	 * Default {@value SendLimits#DEFAULT_NUMBER_CEILING_PER_HOUR} (the web app caps each
	 * requester lower, at {@value SendLimits#DEFAULT_SENDS_PER_HOUR}).
	 */
	public static final String SENDS_PER_HOUR = "SENDS_PER_HOUR";

	/**
	 * Most SMS the whole pool sends per UTC day, 1 to 10,000,000. Default 1000. Past it
	 * no code goes out until the next day.
	 */
	public static final String DAILY_SMS_BUDGET = "DAILY_SMS_BUDGET";

	/**
	 * The share of {@link #DAILY_SMS_BUDGET} kept for numbers that have signed in before
	 * (their {@code phone_number_verified} is {@code true}), in percent, 0 to 90. Default
	 * 50. Numbers that have not (registrations) may use only the rest, so that strangers
	 * registering numbers cannot use up the codes of the people the budget is for.
	 */
	public static final String RESERVED_BUDGET_PERCENT = "RESERVED_BUDGET_PERCENT";

	/** The DynamoDB table that holds the send limits (Create trigger on AWS). */
	public static final String SEND_LIMITS_TABLE = "SEND_LIMITS_TABLE";

	/**
	 * The secret (at least 32 characters) that numbers are hashed with before they are
	 * used as keys in the send-limits store. Create needs it.
	 */
	public static final String SEND_LIMIT_KEY = "SEND_LIMIT_KEY";

	/**
	 * The server-side secret (at least 32 characters) that code hashes are keyed with, as
	 * well as with their per-code salt, so that a leaked hash cannot be tried offline.
	 * Create and Verify both need it and refuse to start without it; it must be the same
	 * for both.
	 */
	public static final String CODE_HASH_KEY = "CODE_HASH_KEY";

	/**
	 * Comma-separated test numbers, only from the ranges reserved for fiction
	 * ({@code +1 NXX 555 0100} to {@code 0199}, {@code +44 7700 900000} to
	 * {@code 900999}). They get {@link #TEST_CODE} and no SMS. Empty or absent: none (the
	 * default).
	 */
	public static final String TEST_NUMBERS = "TEST_NUMBERS";

	/** The fixed code of the test numbers, {@link #CODE_LENGTH} digits. */
	public static final String TEST_CODE = "TEST_CODE";

	/** The region the SDK clients use; set by Lambda. */
	public static final String AWS_REGION = "AWS_REGION";

	private TriggerSettingNames() {
	}

}
