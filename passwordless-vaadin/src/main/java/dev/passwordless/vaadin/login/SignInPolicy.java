package dev.passwordless.vaadin.login;

import java.time.Duration;
import java.util.Set;

/**
 * The settings the sign-in service applies to each request.
 *
 * @param allowedCountries where texts may go: region codes, {@code 001} for
 * non-geographic numbers ({@code passwordless.allowed-countries})
 * @param resendAfter how long after a code a new one is offered: exactly when the
 * per-number limit would allow one ({@code passwordless.limits.phone-cooldown})
 */
public record SignInPolicy(Set<String> allowedCountries, Duration resendAfter) {

	public SignInPolicy {
		allowedCountries = Set.copyOf(allowedCountries);
	}

	/**
	 * The E.164 form of a typed number that can get texts here.
	 * @throws dev.passwordless.vaadin.cognito.SignInProblem INVALID_INPUT saying what is
	 * wrong with it, for the person who typed it
	 */
	public String e164(TypedNumber typed) {
		return PhoneNumberInput.toE164(typed.number(), typed.region(), this.allowedCountries);
	}

	/** The policy the settings describe. */
	public static SignInPolicy of(PasswordlessProperties app, LimitsProperties limits) {
		return new SignInPolicy(Set.copyOf(app.allowedCountries()), limits.phoneCooldown());
	}

}
