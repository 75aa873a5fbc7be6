package dev.passwordless.infra;

import java.util.List;
import java.util.Objects;

import software.amazon.awscdk.services.cognito.IUserPool;

/**
 * What {@link PoolRateLimit} needs.
 *
 * @param userPool the pool to protect
 * @param requestsPerFiveMinutes requests one address may make to the pool in five minutes
 * @param appEgressCidrs the addresses the web app calls Cognito from; empty when they are
 * not known (the rule then only counts)
 */
record PoolRateLimitProps(IUserPool userPool, int requestsPerFiveMinutes, List<String> appEgressCidrs) {

	/** Why the app's addresses are required, and what to do, in one message. */
	static final String EGRESS_REQUIRED = "appEgressCidrs is not set. The WAF rule counts requests to the user "
			+ "pool per source address, and every sign-in reaches Cognito from the web app's servers, so without "
			+ "their addresses it would throttle the app itself. Set -c appEgressCidrs=203.0.113.10/32,... (the "
			+ "public addresses the app calls Cognito from, e.g. its NAT gateways' Elastic IPs), or "
			+ "-c appEgressCidrs=none to deploy the rule counting only (it then limits no one)";

	PoolRateLimitProps {
		Objects.requireNonNull(userPool, "userPool is required");
		if (appEgressCidrs == null) {
			throw new IllegalArgumentException(EGRESS_REQUIRED);
		}
		appEgressCidrs = List.copyOf(appEgressCidrs);
	}

	static Builder builder() {
		return new Builder();
	}

	static final class Builder {

		private IUserPool userPool;

		private int requestsPerFiveMinutes = 100;

		private List<String> appEgressCidrs;

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
		 * Requests one address other than the app's may make to the pool in five minutes
		 * (WAF allows 10 to 2,000,000,000) before it is blocked.
		 * @param requests the limit
		 * @return this builder
		 * @default 100
		 */
		Builder requestsPerFiveMinutes(int requests) {
			this.requestsPerFiveMinutes = requests;
			return this;
		}

		/**
		 * The public addresses the web app calls Cognito from (CIDR blocks, IPv4 or IPv6;
		 * a lone address is a block of one), which the rule neither counts nor blocks.
		 * Required; an empty list says they are not known, and the rule then only counts
		 * (it blocks no one, and the synth warns).
		 * @param cidrs the blocks
		 * @return this builder
		 */
		Builder appEgressCidrs(List<String> cidrs) {
			this.appEgressCidrs = cidrs;
			return this;
		}

		PoolRateLimitProps build() {
			return new PoolRateLimitProps(this.userPool, this.requestsPerFiveMinutes, this.appEgressCidrs);
		}

	}

}
