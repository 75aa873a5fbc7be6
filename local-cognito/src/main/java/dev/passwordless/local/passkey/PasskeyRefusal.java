package dev.passwordless.local.passkey;

/**
 * A registration or a sign-in the verifier refused, with the check that refused it; the
 * operation answers it with Cognito's error for that case.
 */
public final class PasskeyRefusal extends RuntimeException {

	/** Which check refused. */
	public enum Reason {

		/** Not a registration or authentication response, or not one that can be read. */
		MALFORMED("the response cannot be read"),

		/** The client data's challenge is not the one the pool gave. */
		CHALLENGE("the challenge does not match"),

		/** The client data's origin is not allowed. */
		ORIGIN("the origin is not allowed"),

		/** The authenticator data's relying-party id hash is not the pool's. */
		RELYING_PARTY("the relying-party id does not match"),

		/** The user-present flag is missing. */
		USER_NOT_PRESENT("the user was not present"),

		/** The user-verified flag is missing and the pool requires it. */
		USER_NOT_VERIFIED("the user was not verified"),

		/** An attestation format or key algorithm the pool does not take. */
		UNSUPPORTED("the credential is not supported"),

		/** A signature that does not verify. */
		SIGNATURE("the signature is not valid"),

		/** A sign counter that did not increase: a cloned authenticator. */
		COUNTER("the sign counter did not increase"),

		/** A credential that is not one of this user's passkeys. */
		UNKNOWN_CREDENTIAL("the credential is not registered for the user");

		private final String words;

		Reason(String words) {
			this.words = words;
		}

		/** What a message says of it. */
		public String words() {
			return this.words;
		}

	}

	private final Reason reason;

	public PasskeyRefusal(Reason reason) {
		super(reason.words(), null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
