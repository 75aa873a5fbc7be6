package dev.passwordless.infra;

import java.time.Duration;

import software.amazon.awscdk.RemovalPolicy;

/**
 * Who may create an account, how long sessions and tokens last, and what happens to the
 * pool when the stack goes.
 *
 * @param signUp who may create an account
 * @param deletionProtection whether the pool refuses deletion
 * @param removalPolicy what happens to the pool when it leaves the stack
 * @param authSessionValidity how long each challenge step may take
 * @param accessTokenValidity access token lifetime
 * @param idTokenValidity ID token lifetime
 * @param refreshTokenValidity refresh token lifetime
 */
record PasswordlessUserPoolProps(SignUp signUp, boolean deletionProtection, RemovalPolicy removalPolicy,
		Duration authSessionValidity, Duration accessTokenValidity, Duration idTokenValidity,
		Duration refreshTokenValidity) {

	static Builder builder() {
		return new Builder();
	}

	static final class Builder {

		private SignUp signUp = SignUp.INVITE_ONLY;

		private boolean deletionProtection = true;

		private RemovalPolicy removalPolicy = RemovalPolicy.RETAIN;

		private Duration authSessionValidity = Duration.ofMinutes(3);

		private Duration accessTokenValidity = Duration.ofHours(1);

		private Duration idTokenValidity = Duration.ofHours(1);

		private Duration refreshTokenValidity = Duration.ofDays(30);

		private Builder() {
		}

		/**
		 * Who may create an account: administrators only, or anyone through the web app.
		 * @param signUp invite-only or open
		 * @return this builder
		 * @default {@link SignUp#INVITE_ONLY}
		 */
		Builder signUp(SignUp signUp) {
			this.signUp = signUp;
			return this;
		}

		/**
		 * Whether the pool refuses deletion.
		 * @param deletionProtection on or off
		 * @return this builder
		 * @default true
		 */
		Builder deletionProtection(boolean deletionProtection) {
			this.deletionProtection = deletionProtection;
			return this;
		}

		/**
		 * What happens to the pool (and its users) when it leaves the stack.
		 * @param removalPolicy the policy
		 * @return this builder
		 * @default {@link RemovalPolicy#RETAIN}
		 */
		Builder removalPolicy(RemovalPolicy removalPolicy) {
			this.removalPolicy = removalPolicy;
			return this;
		}

		/**
		 * How long each step of the challenge may take (Cognito allows 3 to 15 minutes).
		 * @param validity the session's lifetime
		 * @return this builder
		 * @default 3 minutes
		 */
		Builder authSessionValidity(Duration validity) {
			this.authSessionValidity = validity;
			return this;
		}

		/**
		 * Access token lifetime (5 minutes to 1 day).
		 * @param validity the lifetime
		 * @return this builder
		 * @default 1 hour
		 */
		Builder accessTokenValidity(Duration validity) {
			this.accessTokenValidity = validity;
			return this;
		}

		/**
		 * ID token lifetime (5 minutes to 1 day).
		 * @param validity the lifetime
		 * @return this builder
		 * @default 1 hour
		 */
		Builder idTokenValidity(Duration validity) {
			this.idTokenValidity = validity;
			return this;
		}

		/**
		 * Refresh token lifetime (60 minutes to 10 years): how long a sign-in lasts.
		 * @param validity the lifetime
		 * @return this builder
		 * @default 30 days
		 */
		Builder refreshTokenValidity(Duration validity) {
			this.refreshTokenValidity = validity;
			return this;
		}

		PasswordlessUserPoolProps build() {
			return new PasswordlessUserPoolProps(this.signUp, this.deletionProtection, this.removalPolicy,
					this.authSessionValidity, this.accessTokenValidity, this.idTokenValidity,
					this.refreshTokenValidity);
		}

	}

}
