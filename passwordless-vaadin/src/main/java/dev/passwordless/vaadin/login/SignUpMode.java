package dev.passwordless.vaadin.login;

/**
 * Who may register ({@code passwordless.sign-up}). The pool should make the same choice:
 * the stack's {@code signUp} context, the embedded local Cognito follows this setting.
 */
public enum SignUpMode {

	/**
	 * Only people an administrator invited come in; {@code /register} says so and sends
	 * nothing (the default: an internal portal is closed unless its owner opens it).
	 */
	INVITE_ONLY,

	/** Anyone with a mobile number from an allowed country may register. */
	OPEN

}
