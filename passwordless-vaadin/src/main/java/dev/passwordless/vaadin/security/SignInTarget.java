package dev.passwordless.vaadin.security;

/**
 * Where the browser goes once a sign-in is complete. The default is
 * {@code passwordless.redirect.after-sign-in}; define a bean of this type to choose by
 * user (e.g. by role).
 */
@FunctionalInterface
public interface SignInTarget {

	/**
	 * @param user who just signed in
	 * @return a local path such as {@code /portal}, or an absolute URL the application
	 * trusts
	 */
	String location(CognitoUser user);

}
