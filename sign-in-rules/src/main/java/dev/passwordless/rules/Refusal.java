package dev.passwordless.rules;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a trigger refused a request, as it crosses from the trigger to the app: a stable
 * reason code and, where there is one, the time to wait. Cognito hands a trigger's
 * exception message to the caller inside its own words ({@code CreateAuthChallenge failed
 * with error <message>.}), so a refusal travels as one machine-readable token,
 * {@code refusal=DAILY_BUDGET;retry-after=3600}, that survives the wrapping. The human
 * wording is chosen by whoever shows it.
 *
 * @param reason why
 * @param retryAfter how long until the same request can succeed, when that is known
 */
public record Refusal(Reason reason, Optional<Duration> retryAfter) {

	/** The reasons, stable across releases: the app matches on these names. */
	public enum Reason {

		/**
		 * The phone number is not a valid E.164 number, or not one codes are texted to
		 * (premium-rate, shared-cost, toll-free, landline and other non-mobile numbers).
		 */
		PHONE_INVALID,

		/**
		 * The phone number's country is not on the allowlist (non-geographic numbers,
		 * such as satellite phones, have the region {@code 001}).
		 */
		PHONE_COUNTRY_NOT_ALLOWED,

		/** The name is empty. */
		NAME_MISSING,

		/** The name is longer than {@link NameRule#MAX_LENGTH} characters. */
		NAME_TOO_LONG,

		/** The name holds control or other characters no name has. */
		NAME_INVALID_CHARACTERS,

		/** The number's cooldown or hourly cap applies. */
		TOO_MANY_CODES,

		/** The pool's daily SMS budget is used up. */
		DAILY_BUDGET,

		/** The SMS could not be sent, or the limits could not be checked. */
		SMS_FAILED,

		/**
		 * The new number already belongs to an account (a number change, decision 005):
		 * whose is not said.
		 */
		NUMBER_TAKEN

	}

	private static final Pattern TOKEN = Pattern.compile("refusal=([A-Z_]{1,40})(?:;retry-after=(\\d{1,9}))?");

	public Refusal {
		retryAfter = retryAfter.map((wait) -> wait.isNegative() ? Duration.ZERO : wait);
	}

	/** A refusal without a wait. */
	public static Refusal of(Reason reason) {
		return new Refusal(reason, Optional.empty());
	}

	/** A refusal with a wait. */
	public static Refusal of(Reason reason, Duration retryAfter) {
		return new Refusal(reason, Optional.of(retryAfter));
	}

	/**
	 * The token a trigger puts in its exception message; the wait is in whole seconds,
	 * rounded up, at least 1.
	 */
	public String toMessage() {
		return "refusal=" + this.reason.name()
				+ this.retryAfter.map((wait) -> ";retry-after=" + roundedUpSeconds(wait)).orElse("");
	}

	/**
	 * Finds a refusal in any text that may carry one, such as Cognito's wrapped message.
	 * @param text the text, may be null
	 * @return the refusal, or empty when the text holds no known one
	 */
	public static Optional<Refusal> in(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			Optional<Reason> reason = reason(matcher.group(1));
			if (reason.isPresent()) {
				return Optional.of(new Refusal(reason.get(), Optional.ofNullable(matcher.group(2))
					.map((seconds) -> Duration.ofSeconds(Long.parseLong(seconds)))));
			}
		}
		return Optional.empty();
	}

	private static Optional<Reason> reason(String name) {
		try {
			return Optional.of(Reason.valueOf(name));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static long roundedUpSeconds(Duration wait) {
		return Math.max(1, Waits.roundedUpSeconds(wait));
	}

}
