package dev.passwordless.infra;

import java.util.Objects;

import software.amazon.awscdk.services.cognito.IUserPool;

/**
 * What {@link PoolRateLimit} needs.
 *
 * @param userPool the pool to protect
 * @param requestsPerFiveMinutes requests one address may make to the pool in five minutes
 */
record PoolRateLimitProps(IUserPool userPool, int requestsPerFiveMinutes) {

	PoolRateLimitProps {
		Objects.requireNonNull(userPool, "userPool is required");
	}

	static Builder builder() {
		return new Builder();
	}

	static final class Builder {

		private IUserPool userPool;

		private int requestsPerFiveMinutes = 100;

		private Builder() {
		}

		/**
		 * The pool to protect. Required.
		 * @param userPool the pool
		 * @return this builder
		 */
		Builder userPool(IUserPool userPool) {
			this.userPool = userPool;
			return this;
		}

		/**
		 * Requests one address may make to the pool in five minutes (WAF allows 10 to
		 * 2,000,000,000) before it is blocked.
		 * @param requests the limit
		 * @return this builder
		 * @default 100
		 */
		Builder requestsPerFiveMinutes(int requests) {
			this.requestsPerFiveMinutes = requests;
			return this;
		}

		PoolRateLimitProps build() {
			return new PoolRateLimitProps(this.userPool, this.requestsPerFiveMinutes);
		}

	}

}
