package dev.passwordless.vaadin.login;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import dev.passwordless.rules.Waits;
import dev.passwordless.vaadin.cognito.Challenge;

/**
 * A sign-in waiting for its code, kept in the HTTP session (never sent to the browser).
 *
 * @param phoneNumber the E.164 number
 * @param challenge the Cognito challenge
 * @param sentAt when the code was requested (for the resend countdown)
 * @param over whether the challenge can no longer be answered (too many wrong codes, too
 * late); the number stays, so a new code can go to it
 * @param registeredExisting whether this is a registration that found an account for the
 * number already: once the code proves the number, the person is asked before entering it
 */
public record PendingSignIn(String phoneNumber, Challenge challenge, Instant sentAt, boolean over,
		boolean registeredExisting) implements Serializable {

	PendingSignIn next(Challenge next) {
		return new PendingSignIn(this.phoneNumber, next, this.sentAt, false, this.registeredExisting);
	}

	PendingSignIn ended() {
		return new PendingSignIn(this.phoneNumber, this.challenge, this.sentAt, true, this.registeredExisting);
	}

	/**
	 * The code step as the person sees it now.
	 * @param now the time
	 * @param resendAfter how long after a code the next may be sent
	 * @param alreadySent whether this step leads back to a code sent before
	 */
	SignInStep step(Instant now, Duration resendAfter, boolean alreadySent) {
		return new SignInStep(PhoneNumberFormats.international(this.phoneNumber), this.challenge.codeLength(),
				this.challenge.attemptsLeft(), resendIn(now, resendAfter), !answerable(now), alreadySent);
	}

	/** Whole seconds, rounded up, until a new code may be sent; 0 when it may now. */
	long resendIn(Instant now, Duration resendAfter) {
		return Waits.roundedUpSeconds(Duration.between(now, this.sentAt.plus(resendAfter)));
	}

	/** Whether its code may still be entered. */
	boolean answerable(Instant now) {
		return !this.over && now.isBefore(this.challenge.expiresAt());
	}

}
