package dev.passwordless.local.store;

import java.time.Instant;
import java.util.Map;

/**
 * A user of the pool. In a phone-number pool the user name is a UUID that equals
 * {@code sub}; the phone number is an alias.
 *
 * @param username the internal user name (= sub)
 * @param phoneNumber the E.164 phone number
 * @param attributes all attributes as Cognito keeps them (strings), {@code sub} included
 * @param status CONFIRMED or UNCONFIRMED
 * @param enabled whether the user may sign in
 * @param created when the user signed up
 * @param modified when the user last changed
 */
public record User(String username, String phoneNumber, Map<String, String> attributes, String status, boolean enabled,
		Instant created, Instant modified) {

	public User {
		attributes = Map.copyOf(attributes);
	}

}
