package dev.passwordless.vaadin.admin;

import java.time.Instant;

/**
 * A person in the pool, as the administration lists them.
 *
 * @param username Cognito's user name (in this pool the same as {@code sub})
 * @param name the full name, empty if none
 * @param phoneNumber the E.164 number
 * @param enabled whether they may sign in
 * @param status Cognito's user status ({@code CONFIRMED}, ...)
 * @param created when the account was made
 */
public record PortalUser(String username, String name, String phoneNumber, boolean enabled, String status,
		Instant created) {
}
