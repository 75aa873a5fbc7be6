package dev.passwordless.infra;

import java.time.Duration;
import java.util.regex.Pattern;

import software.amazon.awscdk.RemovalPolicy;

/**
 * Who may create an account, the domain passkeys are made for, how long sessions and
 * tokens last, and what happens to the pool when the stack goes.
 *
 * @param signUp who may create an account
 * @param deletionProtection whether the pool refuses deletion
 * @param removalPolicy what happens to the pool when it leaves the stack
 * @param authSessionValidity how long each challenge step may take
 * @param accessTokenValidity access token lifetime
 * @param idTokenValidity ID token lifetime
 * @param refreshTokenValidity refresh token lifetime
 * @param passkeyRelyingPartyId the domain passkeys are registered for (the WebAuthn
 * relying-party id): the portal's domain or a registrable suffix of it
 */
record PasswordlessUserPoolProps(SignUp signUp, boolean deletionProtection, RemovalPolicy removalPolicy,
		Duration authSessionValidity, Duration accessTokenValidity, Duration idTokenValidity,
		Duration refreshTokenValidity, String passkeyRelyingPartyId) {

	/** What to set, and how: the end of both messages below. */
	private static final String RELYING_PARTY_ID_HOW = "set it to the portal's domain, e.g. cdk deploy -c "
			+ "passkeyRelyingPartyId=portal.example.com (lower case, no scheme, port or path: the domain the "
			+ "portal's pages are served from, or a registrable suffix of it)";

	/** Why the relying-party id is required, and what to do, in one sentence. */
	static final String RELYING_PARTY_ID_REQUIRED = "passkeyRelyingPartyId is not set, and passkeys work only "
			+ "on the domain they were made for: " + RELYING_PARTY_ID_HOW;

	/**
	 * A plain lower-case domain name of at least two labels, the last one starting with a
	 * letter (so no IP address), 63 characters at most (the CDK's limit).
	 */
	private static final Pattern DOMAIN = Pattern
		.compile("(?=.{1,63}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

	PasswordlessUserPoolProps {
		if (passkeyRelyingPartyId == null || passkeyRelyingPartyId.isBlank()) {
			throw new IllegalArgumentException(RELYING_PARTY_ID_REQUIRED);
		}
		if (!DOMAIN.matcher(passkeyRelyingPartyId).matches()) {
			throw new IllegalArgumentException("passkeyRelyingPartyId must be a plain domain name, was '"
					+ passkeyRelyingPartyId + "': " + RELYING_PARTY_ID_HOW);
		}
	}

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

		private String passkeyRelyingPartyId;

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

		/**
		 * The domain passkeys are registered for (the WebAuthn relying-party id): the
		 * portal's domain, e.g. {@code portal.example.com}, or a registrable suffix of it
		 * ({@code example.com}). A passkey works only on that domain, so changing it
		 * later makes every registered passkey useless. Required.
		 * @param relyingPartyId a plain lower-case domain name
		 * @return this builder
		 */
		Builder passkeyRelyingPartyId(String relyingPartyId) {
			this.passkeyRelyingPartyId = relyingPartyId;
			return this;
		}

		PasswordlessUserPoolProps build() {
			return new PasswordlessUserPoolProps(this.signUp, this.deletionProtection, this.removalPolicy,
					this.authSessionValidity, this.accessTokenValidity, this.idTokenValidity, this.refreshTokenValidity,
					this.passkeyRelyingPartyId);
		}

	}

}
