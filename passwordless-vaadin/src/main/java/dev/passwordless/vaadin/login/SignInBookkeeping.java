package dev.passwordless.vaadin.login;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import dev.passwordless.vaadin.audit.AuditKind;
import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.operations.SignInMetrics;
import dev.passwordless.vaadin.security.SignInRoutes;

/**
 * What the sign-in steps of one browser leave in the metrics and the audit trail: a code
 * requested, sent or refused, a code checked, wrong or right.
 * {@link PasswordlessLoginService} takes the steps; this counts and records them, with
 * the browser's address and {@code User-Agent} from the {@link SignInSession}.
 */
class SignInBookkeeping {

	private final SignInMetrics metrics;

	private final AuditTrail audit;

	private final SignInSession session;

	SignInBookkeeping(SignInMetrics metrics, AuditTrail audit, SignInSession session) {
		this.metrics = metrics;
		this.audit = audit;
		this.session = session;
	}

	/**
	 * Counts a request for a code and its outcome, and records them in the audit trail.
	 * @param phone the number asked for, if it is one (asked after the request)
	 */
	SignInStep codeRequest(Supplier<Optional<String>> phone, Supplier<SignInStep> request) {
		this.metrics.codeRequested();
		try {
			SignInStep step = request.get();
			Optional<String> number = phone.get();
			audit(AuditKind.CODE_REQUESTED).number(number).publish();
			if (!step.alreadySent()) {
				this.metrics.codeSent();
				audit(AuditKind.CODE_SENT).number(number).publish();
			}
			return step;
		}
		catch (SignInProblem ex) {
			this.metrics.codeRefused(ex.kind());
			Optional<String> number = phone.get();
			audit(AuditKind.CODE_REQUESTED).number(number).publish();
			audit(AuditKind.CODE_REFUSED).number(number).with(AuditTrail.REASON, reason(ex)).publish();
			throw ex;
		}
	}

	/**
	 * Counts a code check and its outcome; a failed one is recorded in the audit trail
	 * too.
	 * @param phone the number of the sign-in in progress, if any
	 */
	String codeCheck(Optional<String> phone, Supplier<String> check) {
		try {
			String location = check.get();
			this.metrics.signIn(SignInMetrics.Outcome.SUCCEEDED);
			return location;
		}
		catch (SignInProblem ex) {
			this.metrics.signIn(SignInMetrics.Outcome.FAILED);
			failedCheck(phone, ex);
			throw ex;
		}
	}

	/**
	 * A code check that failed: out of attempts or over the checks' limit is a lock-out;
	 * a wrong code was recorded where it was found; a code that was no code at all (fewer
	 * digits) never reached Cognito and is not recorded.
	 */
	private void failedCheck(Optional<String> phone, SignInProblem problem) {
		AuditKind kind = switch (problem.kind()) {
			case CODE_FAILED, RATE_LIMITED -> AuditKind.LOCKED_OUT;
			case INVALID_INPUT -> null;
			default -> AuditKind.SIGN_IN_FAILED;
		};
		if (kind != null) {
			audit(kind).number(phone).with(AuditTrail.REASON, reason(problem)).publish();
		}
	}

	/** A wrong code that Cognito found, with the attempts it leaves. */
	void wrongCode(String phone, int attemptsLeft) {
		audit(AuditKind.CODE_WRONG).number(phone).with(AuditTrail.ATTEMPTS_LEFT, attemptsLeft).publish();
	}

	/**
	 * A right code: signed in.
	 * @param location where the sign-in goes on ({@link SignInRoutes#EXISTING_ACCOUNT}
	 * when someone registering turned out to have an account)
	 */
	void signedIn(String username, String phone, String location) {
		AuditTrail.Entry event = audit(AuditKind.SIGNED_IN).user(username).number(phone).with(AuditTrail.HOW, "code");
		if (location.equals(SignInRoutes.EXISTING_ACCOUNT)) {
			event.with("asked", "existing-account");
		}
		event.publish();
	}

	/** An audit event from this browser. */
	private AuditTrail.Entry audit(AuditKind kind) {
		return this.audit.event(kind).from(this.session.clientAddress(), this.session.userAgent());
	}

	/** The refusal's reason as the metrics tag it. */
	private static String reason(SignInProblem problem) {
		return problem.kind().name().toLowerCase(Locale.ROOT);
	}

}
