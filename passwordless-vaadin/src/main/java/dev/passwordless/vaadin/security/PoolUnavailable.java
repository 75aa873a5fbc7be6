package dev.passwordless.vaadin.security;

/**
 * The pool or the sign-in's database could not be asked: nothing changes, the cookie
 * stays, and the person sees the sign-in page this time.
 */
final class PoolUnavailable extends RuntimeException {

	PoolUnavailable() {
		super("Cognito or the sign-in's database is unavailable", null, false, false);
	}

}
