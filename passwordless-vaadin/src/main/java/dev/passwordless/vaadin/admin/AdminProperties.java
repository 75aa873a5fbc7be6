package dev.passwordless.vaadin.admin;

import java.time.Duration;

import dev.passwordless.vaadin.security.CognitoAuthentication;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's administration ({@code passwordless.admin.*}).
 *
 * @param group the Cognito group whose members administer the portal (default
 * {@code admins}, the stack's {@code adminGroup})
 * @param bootstrapNumber the first administrator (E.164, e.g. {@code +12025550100}): at
 * start, while the group has no member, this number's user is created if missing and put
 * in it (default none)
 * @param freshSignIn how recent the code sign-in must be for the administration views
 * (default 15 minutes); an older session, or one restored by "stay signed in", is asked
 * for a new code first
 */
@Validated
@ConfigurationProperties("passwordless.admin")
public record AdminProperties(@DefaultValue("admins") @NotBlank String group,
		@DefaultValue("") @Pattern(regexp = "(\\+[1-9][0-9]{6,14})?",
				message = "must be a number in E.164 form such as +12025550100, or empty") String bootstrapNumber,
		@DefaultValue("15m") Duration freshSignIn) {

	/**
	 * The Spring Security role of the group's members, without the {@code ROLE_} prefix
	 * ({@code ADMINS}).
	 */
	public String role() {
		return CognitoAuthentication.role(this.group);
	}

}
