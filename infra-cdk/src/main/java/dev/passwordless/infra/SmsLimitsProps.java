package dev.passwordless.infra;

import java.util.Objects;

import software.amazon.awscdk.services.cognito.IUserPool;

/**
 * What {@link SmsLimits} needs.
 *
 * @param userPool the pool whose triggers keep the limits (its id is the budget metric's
 * dimension)
 */
record SmsLimitsProps(IUserPool userPool) {

	SmsLimitsProps {
		Objects.requireNonNull(userPool, "userPool is required");
	}

	static Builder builder() {
		return new Builder();
	}

	static final class Builder {

		private IUserPool userPool;

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

		SmsLimitsProps build() {
			return new SmsLimitsProps(this.userPool);
		}

	}

}
