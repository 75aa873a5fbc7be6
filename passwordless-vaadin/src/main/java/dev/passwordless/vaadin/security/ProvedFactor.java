package dev.passwordless.vaadin.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a session last proved and when: a code from an SMS
 * ({@link CognitoAuthentication#SMS_FACTOR}) or a passkey
 * ({@link CognitoAuthentication#PASSKEY_FACTOR}). Kept in the HTTP session
 * ({@link SessionKeys#FACTOR_PROVED}) for the authentication rebuilt when the tokens are
 * refreshed, and granted as Spring Security's factor authority.
 *
 * @param authority the factor's authority
 * @param at when it was proved
 */
public record ProvedFactor(String authority, Instant at) implements Serializable {

	public ProvedFactor {
		Objects.requireNonNull(authority, "authority");
		Objects.requireNonNull(at, "at");
	}

	/** A code from an SMS, proved at a moment. */
	public static ProvedFactor code(Instant at) {
		return new ProvedFactor(CognitoAuthentication.SMS_FACTOR, at);
	}

	/** A passkey, proved at a moment. */
	public static ProvedFactor passkey(Instant at) {
		return new ProvedFactor(CognitoAuthentication.PASSKEY_FACTOR, at);
	}

}
