package dev.passwordless.vaadin.audit;

/**
 * What the audit trail records, one name per kind of event: the {@code type} of each
 * {@code AuditEvent} and the {@code kind} column of {@code passwordless_audit}. The
 * details each kind carries are named in {@link AuditTrail}'s keys.
 */
public enum AuditKind {

	/**
	 * A code was asked for (sign-in, registration or a new code); then sent or refused.
	 */
	CODE_REQUESTED,

	/**
	 * The limits let a code go to Cognito (for a number without an account too: the
	 * screens are the same, and so is this record).
	 */
	CODE_SENT,

	/**
	 * A code was refused; {@code reason}: one of {@code SignInMetrics.REFUSAL_REASONS}.
	 */
	CODE_REFUSED,

	/** A wrong code; {@code attemptsLeft}. */
	CODE_WRONG,

	/**
	 * No more codes may be checked: the attempts are used ({@code reason}
	 * {@code code_failed}) or the checks' limit is reached ({@code rate_limited}).
	 */
	LOCKED_OUT,

	/**
	 * A code check that failed otherwise ({@code reason}: {@code session_expired},
	 * {@code unavailable}, ...).
	 */
	SIGN_IN_FAILED,

	/**
	 * Signed in; {@code how}: {@code code} (the right code; {@code asked}
	 * {@code existing-account} when the person is asked first whether the account is
	 * theirs), {@code passkey} (with its {@code credential}) or {@code stay-signed-in} (a
	 * browser restored by "Stay signed in").
	 */
	SIGNED_IN,

	/**
	 * "Stay signed in" did not sign a browser in; {@code reason}: {@code expired},
	 * {@code refused} (the pool refused the refresh), {@code unreadable} (the key
	 * changed) or {@code theft} (a copied cookie: every device of the user was signed
	 * out).
	 */
	STAY_SIGNED_IN_REFUSED,

	/** Signed out on this device. */
	SIGNED_OUT,

	/** Signed out on every device. */
	SIGNED_OUT_EVERYWHERE,

	/** The person added a passkey; {@code credential}. */
	PASSKEY_ADDED,

	/** The person removed a passkey; {@code credential}. */
	PASSKEY_REMOVED,

	/** The person changed their name ("Your account"). */
	NAME_CHANGED,

	/**
	 * The person moved their account to a new number; {@code newNumber}, masked, beside
	 * the old one.
	 */
	NUMBER_CHANGED,

	/** The person signed one of their browsers out from another ("Your account"). */
	DEVICE_SIGNED_OUT,

	/**
	 * The person deleted their account; the row keeps their sub and masked number only.
	 */
	ACCOUNT_DELETED,

	/**
	 * An administrator did something to an account; {@code action}, {@code outcome}
	 * ({@link AuditTrail#admin}).
	 */
	ADMIN_ACTION

}
