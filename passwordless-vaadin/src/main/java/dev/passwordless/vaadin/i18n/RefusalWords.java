package dev.passwordless.vaadin.i18n;

import java.time.Duration;
import java.util.Optional;

import dev.passwordless.rules.NameRule;
import dev.passwordless.rules.Refusal;
import dev.passwordless.vaadin.cognito.SignInProblem;

/**
 * The words for each typed refusal, whether the app's own checks or a trigger refused:
 * one place, so both say the same.
 */
public final class RefusalWords {

	private RefusalWords() {
	}

	/** The problem a person sees for a refusal. */
	public static SignInProblem problem(Refusal refusal) {
		return switch (refusal.reason()) {
			case PHONE_INVALID -> new SignInProblem(SignInProblem.Kind.INVALID_INPUT, "passwordless.phone.invalid");
			case PHONE_COUNTRY_NOT_ALLOWED ->
				new SignInProblem(SignInProblem.Kind.INVALID_INPUT, "passwordless.phone.country-not-allowed");
			case NAME_MISSING -> new SignInProblem(SignInProblem.Kind.INVALID_NAME, "passwordless.name.missing");
			case NAME_TOO_LONG ->
				new SignInProblem(SignInProblem.Kind.INVALID_NAME, "passwordless.name.too-long", NameRule.MAX_LENGTH);
			case NAME_INVALID_CHARACTERS ->
				new SignInProblem(SignInProblem.Kind.INVALID_NAME, "passwordless.name.invalid-characters");
			case TOO_MANY_CODES -> SignInProblem.waiting(SignInProblem.Kind.RATE_LIMITED,
					"passwordless.refused.too-many-codes", wait(refusal));
			case DAILY_BUDGET -> SignInProblem.waiting(SignInProblem.Kind.RATE_LIMITED,
					"passwordless.refused.daily-budget", wait(refusal));
			case SMS_FAILED -> new SignInProblem(SignInProblem.Kind.SMS_FAILED, "passwordless.refused.sms-failed");
			case NUMBER_TAKEN -> new SignInProblem(SignInProblem.Kind.CODE_FAILED, "passwordless.refused.number-taken");
		};
	}

	/**
	 * What is wrong with a name, as registration, an invitation and "Your account" check
	 * it ({@link NameRule}).
	 */
	public static Optional<SignInProblem> nameProblem(String name) {
		return NameRule.problem(name).map((reason) -> problem(Refusal.of(reason)));
	}

	private static Duration wait(Refusal refusal) {
		return refusal.retryAfter().orElse(Duration.ofSeconds(1));
	}

}
