package dev.passwordless.vaadin.login;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.passwordless.vaadin.audit.AuditKind;
import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.cognito.CognitoPasskeys;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.cognito.PasskeyChallenge;
import dev.passwordless.vaadin.cognito.PasskeyOptions;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.operations.SignInMetrics;
import dev.passwordless.vaadin.security.CognitoAuthentication;
import dev.passwordless.vaadin.security.CognitoTokenVerifier;
import dev.passwordless.vaadin.security.CognitoUser;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Sign-in with a passkey, for the views: the person's number (Cognito's {@code USER_AUTH}
 * needs the user name), the browser's ceremony with the options Cognito gave, Cognito's
 * check of the credential, then the same completion as a code's (the tokens verified, a
 * new session id, a one-time nonce) with the passkey factor. No SMS is sent and no SMS
 * budget spent. Every number gets the same steps: when Cognito offers no passkey sign-in
 * (no passkey, no account, a disabled one) the browser is given options of the same shape
 * that no passkey answers, and the person reads the same sentence as after any failed
 * ceremony, with the SMS path where it was; the browser's options have one shape for
 * every number ({@link PasskeyOptions}), and a refusal without Cognito takes as long as
 * Cognito's answers. Each ceremony counts as a code check against the number's and the
 * address's limits.
 */
public class PasskeySignIn {

	private final CognitoPasskeys passkeys;

	private final CognitoTokenVerifier verifier;

	private final SignInRateLimits limits;

	private final SignInSession session;

	private final SignInPolicy policy;

	private final SignInMetrics metrics;

	private final AuditTrail audit;

	private final String relyingPartyId;

	private final SecureRandom random = new SecureRandom();

	/** The shape of the last real challenge's options, the decoys' pattern. */
	private final AtomicReference<PasskeyOptions.Shape> lastShape = new AtomicReference<>();

	PasskeySignIn(CognitoPasskeys passkeys, CognitoTokenVerifier verifier, SignInRateLimits limits,
			SignInSession session, SignInPolicy policy, SignInMetrics metrics, AuditTrail audit,
			PasskeysProperties properties) {
		this.passkeys = passkeys;
		this.verifier = verifier;
		this.limits = limits;
		this.session = session;
		this.policy = policy;
		this.metrics = metrics;
		this.audit = audit;
		this.relyingPartyId = properties.relyingPartyId();
	}

	/**
	 * Starts a passkey sign-in for the number typed.
	 * @param pageHost the host of the page, the relying party when nothing else names one
	 * @return the WebAuthn request options for the browser, as JSON
	 * @throws SignInProblem for a number that is none, a limit reached, Cognito away
	 */
	public String begin(TypedNumber typed, String pageHost) {
		this.session.keep(typed);
		try {
			String phone = this.policy.e164(typed);
			this.limits.check(phone, this.session.clientAddress(), this.session.isKnownDevice(phone));
			Optional<PasskeyChallenge> challenge = this.passkeys.start(phone);
			PasskeyOptions.Shape shape = shape(pageHost);
			String options;
			if (challenge.isPresent()) {
				PasskeyOptions.ForBrowser forBrowser = forBrowser(challenge.get(), shape);
				this.lastShape.set(forBrowser.shape());
				options = forBrowser.json();
			}
			else {
				options = PasskeyOptions.decoy(shape, this.random);
			}
			this.session.keep(new PendingPasskey(phone, challenge.orElse(null)));
			return options;
		}
		catch (SignInProblem problem) {
			this.metrics.passkey("sign_in", outcome(problem));
			throw problem;
		}
	}

	/**
	 * Finishes the passkey sign-in with the browser's credential.
	 * @param credential the browser's {@code PublicKeyCredential} as JSON
	 * @param staySignedIn whether "Stay signed in on this device" is ticked
	 * @return the relative location that completes the sign-in
	 * @throws SignInProblem {@code CODE_FAILED} when the passkey did not sign in
	 */
	public String finish(String credential, boolean staySignedIn) {
		PendingPasskey pending = this.session.pendingPasskey().orElseThrow(PasskeySignIn::failed);
		this.session.forgetPendingPasskey();
		Optional<String> credentialId = PasskeyOptions.credentialId(credential);
		try {
			if (pending.challenge() == null) {
				// as long as Cognito's answers take: the time tells nothing of the number
				throw this.passkeys.refusedWithoutChallenge();
			}
			CognitoTokens tokens = this.passkeys.answer(pending.challenge(), credential);
			CognitoUser user;
			try {
				user = this.verifier.verify(tokens);
			}
			catch (JwtException ex) {
				throw new SignInProblem(SignInProblem.Kind.UNAVAILABLE, "passwordless.sign-in.not-completed");
			}
			if (!pending.phoneNumber().equals(user.phoneNumber())) {
				// Cognito's session binds the challenge to its user; this says so again
				throw failed();
			}
			String location = this.session.beginCompletion(user, tokens, staySignedIn,
					CognitoAuthentication.PASSKEY_FACTOR);
			this.session.forgetTypedNumber();
			this.metrics.passkey("sign_in", "succeeded");
			this.metrics.signIn(SignInMetrics.Outcome.SUCCEEDED);
			audit(AuditKind.SIGNED_IN).user(tokens.username())
				.number(pending.phoneNumber())
				.with(AuditTrail.HOW, "passkey")
				.with(AuditTrail.CREDENTIAL, credentialId.orElse(""))
				.publish();
			return location;
		}
		catch (SignInProblem problem) {
			this.metrics.passkey("sign_in", outcome(problem));
			this.metrics.signIn(SignInMetrics.Outcome.FAILED);
			audit(AuditKind.SIGN_IN_FAILED).number(Optional.of(pending.phoneNumber()))
				.with(AuditTrail.HOW, "passkey")
				.with(AuditTrail.REASON, "passkey_" + outcome(problem))
				.publish();
			throw problem;
		}
	}

	/**
	 * The browser's ceremony ended without a credential (the person cancelled, no passkey
	 * on this device, the time ran out): the sign-in is dropped, the SMS path stays.
	 */
	public void abandoned() {
		this.session.pendingPasskey().ifPresent((pending) -> {
			this.session.forgetPendingPasskey();
			this.metrics.passkey("sign_in", "cancelled");
		});
	}

	/**
	 * The shape of the options a browser gets: the last real challenge's, else one for
	 * the relying party configured, else the page's host.
	 */
	private PasskeyOptions.Shape shape(String pageHost) {
		PasskeyOptions.Shape last = this.lastShape.get();
		return (last != null) ? last
				: PasskeyOptions.Shape.of(this.relyingPartyId.isEmpty() ? pageHost : this.relyingPartyId);
	}

	private static PasskeyOptions.ForBrowser forBrowser(PasskeyChallenge challenge, PasskeyOptions.Shape shape) {
		try {
			return PasskeyOptions.forBrowser(challenge.requestOptions(), shape);
		}
		catch (IllegalArgumentException ex) {
			throw new SignInProblem(SignInProblem.Kind.UNAVAILABLE, "passwordless.sign-in.unavailable");
		}
	}

	private AuditTrail.Entry audit(AuditKind kind) {
		return this.audit.event(kind).from(this.session.clientAddress(), this.session.userAgent());
	}

	private static String outcome(SignInProblem problem) {
		return switch (problem.kind()) {
			case RATE_LIMITED -> "rate_limited";
			case UNAVAILABLE -> "unavailable";
			case INVALID_INPUT -> "invalid_input";
			default -> "failed";
		};
	}

	private static SignInProblem failed() {
		return new SignInProblem(SignInProblem.Kind.CODE_FAILED, CognitoPasskeys.FAILED);
	}

}
