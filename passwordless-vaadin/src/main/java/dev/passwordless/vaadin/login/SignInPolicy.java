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

	/** The policy the settings describe. */
	static SignInPolicy of(PasswordlessProperties app, LimitsProperties limits) {
		return new SignInPolicy(Set.copyOf(app.allowedCountries()), limits.phoneCooldown());
	}

}
