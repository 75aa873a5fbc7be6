package dev.passwordless.vaadin.admin;

import java.time.Instant;

import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

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

	/** The person as Cognito's ListUsers and AdminCreateUser describe them. */
	static PortalUser of(UserType user) {
		String name = "";
		String phone = "";
		for (AttributeType attribute : user.attributes()) {
			if ("name".equals(attribute.name())) {
				name = attribute.value();
			}
			else if ("phone_number".equals(attribute.name())) {
				phone = attribute.value();
			}
		}
		return new PortalUser(user.username(), name, phone, Boolean.TRUE.equals(user.enabled()),
				user.userStatusAsString(), user.userCreateDate());
	}

}
