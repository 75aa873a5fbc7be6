package dev.passwordless.vaadin.security;

import dev.passwordless.vaadin.audit.AuditKind;
import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.operations.SignInMetrics;
import jakarta.servlet.http.HttpServletRequest;

/**
 * How each attempt of "stay signed in" to sign a browser in ended, in the metrics
 * ({@code passwordless.remember-me.restores}) and the audit trail ({@code SIGNED_IN} by
 * {@code stay-signed-in}, or {@code STAY_SIGNED_IN_REFUSED} with the reason).
 */
final class RestoreOutcomes {

	private final SignInMetrics metrics;

	private final AuditTrail audit;

	RestoreOutcomes(SignInMetrics metrics, AuditTrail audit) {
		this.metrics = metrics;
		this.audit = audit;
	}

	/** The browser is signed in again. */
	void restored(HttpServletRequest request, CognitoUser user) {
		this.metrics.rememberMe(SignInMetrics.Outcome.RESTORED);
		this.audit.event(AuditKind.SIGNED_IN, request)
			.user(user.sub())
			.number(user.phoneNumber())
			.with(AuditTrail.HOW, "stay-signed-in")
			.publish();
	}

	/**
	 * Not signed in, by the application's decision.
	 * @param reason {@code expired}, {@code refused} or {@code unreadable}
	 */
	void refused(HttpServletRequest request, String username, String reason) {
		this.metrics.rememberMe(SignInMetrics.Outcome.REFUSED);
		audit(request, username, reason);
	}

	/** A copied cookie: every device of the user was signed out. */
	void theft(HttpServletRequest request, String username) {
		this.metrics.rememberMe(SignInMetrics.Outcome.THEFT);
		audit(request, username, "theft");
	}

	private void audit(HttpServletRequest request, String username, String reason) {
		this.audit.event(AuditKind.STAY_SIGNED_IN_REFUSED, request)
			.user(username)
			.by(AuditTrail.SYSTEM)
			.with(AuditTrail.REASON, reason)
			.publish();
	}

}
