package dev.passwordless.vaadin.cognito;

import dev.passwordless.rules.Refusal;

/**
 * The words for each typed refusal, whether the app's own checks or a trigger refused:
 * one place, so both say the same.
 */
public final class RefusalWords {

	private RefusalWords() {
	}

	/** The problem a person sees for a refusal. */
	public static SignInProblem problem(Refusal refusal) {
		String wait = WaitTime.inWords(refusal.retryAfter().map((duration) -> duration.toSeconds()).orElse(1L));
		return switch (refusal.reason()) {
			case PHONE_INVALID ->
				new SignInProblem(SignInProblem.Kind.INVALID_INPUT, "This is not a valid phone number.");
			case PHONE_COUNTRY_NOT_ALLOWED -> new SignInProblem(SignInProblem.Kind.INVALID_INPUT,
					"We can't send codes to phone numbers in this country.");
			case NAME_MISSING -> new SignInProblem(SignInProblem.Kind.INVALID_NAME, "Enter your full name.");
			case NAME_TOO_LONG ->
				new SignInProblem(SignInProblem.Kind.INVALID_NAME, "Your name can have at most 100 characters.");
			case NAME_INVALID_CHARACTERS -> new SignInProblem(SignInProblem.Kind.INVALID_NAME,
					"Your name contains characters that cannot be used in a name.");
			case TOO_MANY_CODES -> new SignInProblem(SignInProblem.Kind.RATE_LIMITED,
					"Too many codes for this number. Please try again in " + wait + ".");
			case DAILY_BUDGET -> new SignInProblem(SignInProblem.Kind.RATE_LIMITED,
					"No more codes can be sent today. Please try again in " + wait + ".");
			case SMS_FAILED -> new SignInProblem(SignInProblem.Kind.SMS_FAILED,
					"We could not send the code. Please try again in a few minutes.");
		};
	}

}
