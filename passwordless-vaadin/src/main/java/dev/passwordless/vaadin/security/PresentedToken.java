package dev.passwordless.vaadin.security;

/**
 * What a remember-me cookie's token is to its series' record
 * ({@link RememberMeRecords#presented}).
 */
enum PresentedToken {

	/** The record's current token. */
	CURRENT,

	/**
	 * The token the last rotation replaced, within the grace period after it: a request
	 * that left the browser before the new cookie came back.
	 */
	JUST_REPLACED,

	/** Neither: an older token, or a series with no record. */
	STALE

}
