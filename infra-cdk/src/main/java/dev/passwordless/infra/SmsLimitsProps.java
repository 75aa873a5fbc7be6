package dev.passwordless.infra;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import software.amazon.awscdk.services.cognito.IUserPool;

/**
 * What {@link SmsLimits} needs.
 *
 * @param userPool the pool whose triggers keep the limits (its id is the budget metric's
 * dimension)
 * @param alarmEmail who is told by email when half, 80 % and all of the daily SMS budget
 * are used, if anyone
 */
record SmsLimitsProps(IUserPool userPool, Optional<String> alarmEmail) {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,.]+");

	SmsLimitsProps {
		Objects.requireNonNull(userPool, "userPool is required");
		alarmEmail.filter((email) -> !EMAIL.matcher(email).matches()).ifPresent((email) -> {
			throw new IllegalArgumentException(
					"alarmEmail must be one email address like ops@example.com, was '" + email + "'");
		});
	}

	static Builder builder() {
		return new Builder();
	}

	static final class Builder {

		private IUserPool userPool;

		private String alarmEmail;

		private Builder() {
		}

		/**
		 * The pool whose triggers keep the limits. Required.
		 * @param userPool the pool
		 * @return this builder
		 */
		Builder userPool(IUserPool userPool) {
			this.userPool = userPool;
			return this;
		}

		/**
		 * Who is told by email when the daily SMS budget is used up (SNS asks the address
		 * to confirm first).
		 * @param email one address
		 * @return this builder
		 * @default none: the alarm tells only its topic, and the synth warns
		 */
		Builder alarmEmail(String email) {
			this.alarmEmail = email;
			return this;
		}

		SmsLimitsProps build() {
			return new SmsLimitsProps(this.userPool, Optional.ofNullable(this.alarmEmail));
		}

	}

}
