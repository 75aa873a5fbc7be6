package dev.passwordless.infra;

import java.util.Objects;
import java.util.regex.Pattern;

import software.amazon.awscdk.services.cognito.IUserPool;

/**
 * What {@link UserAdministration} needs.
 *
 * @param userPool the pool whose users are administered
 * @param adminGroup the name of the pool's group of administrators
 */
record UserAdministrationProps(IUserPool userPool, String adminGroup) {

	/** What Cognito accepts as a group name: 1 to 128 characters, no spaces. */
	private static final Pattern GROUP_NAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]{1,128}");

	UserAdministrationProps {
		Objects.requireNonNull(userPool, "userPool is required");
		if (adminGroup == null || !GROUP_NAME.matcher(adminGroup).matches()) {
			throw new IllegalArgumentException("adminGroup must be 1 to 128 letters, digits, symbols or punctuation "
					+ "(no spaces), was '" + adminGroup + "'");
		}
	}

	static Builder builder() {
		return new Builder();
	}

	static final class Builder {

		private IUserPool userPool;

		private String adminGroup = "admins";

		private Builder() {
		}

		/**
		 * The pool whose users are administered. Required.
		 * @param userPool the pool
		 * @return this builder
		 */
		Builder userPool(IUserPool userPool) {
			this.userPool = userPool;
			return this;
		}

		/**
		 * The name of the pool's group of administrators: its members may use the web
		 * app's administration view.
		 * @param adminGroup the group's name
		 * @return this builder
		 * @default {@code admins}
		 */
		Builder adminGroup(String adminGroup) {
			this.adminGroup = adminGroup;
			return this;
		}

		UserAdministrationProps build() {
			return new UserAdministrationProps(this.userPool, this.adminGroup);
		}

	}

}
