package dev.passwordless.vaadin.operations;

import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The sign-in's counters, through Micrometer. Tags come from small fixed sets only (the
 * {@link Outcome}s and reasons below); no phone number, address or code is ever a tag.
 * <ul>
 * <li>{@code passwordless.codes.requested}: a code asked for (sign-in, registration, a
 * new code);</li>
 * <li>{@code passwordless.codes.sent}: a code the limits let through to Cognito;</li>
 * <li>{@code passwordless.codes.refused} with {@code reason}: one of
 * {@link #REFUSAL_REASONS};</li>
 * <li>{@code passwordless.sign-ins} with {@code outcome} {@code succeeded} or
 * {@code failed};</li>
 * <li>{@code passwordless.passkeys.ceremonies} with {@code kind} ({@code sign_in},
 * {@code register}, {@code remove}) and {@code outcome}: one of
 * {@link #PASSKEY_OUTCOMES};</li>
 * <li>{@code passwordless.remember-me.restores} with {@code outcome} {@code restored},
 * {@code refused} (the pool refused the refresh, the record was too old) or {@code theft}
 * (a replayed or stolen cookie).</li>
 * </ul>
 */
public final class SignInMetrics {

	/** Every value the {@code reason} tag of a refused code can take. */
	public static final List<String> REFUSAL_REASONS = List.of("invalid_input", "invalid_name", "sms_failed",
			"code_failed", "session_expired", "rate_limited", "unavailable");

	/** The {@code outcome} tag of sign-ins and restores. */
	public enum Outcome {

		SUCCEEDED, FAILED, RESTORED, REFUSED, THEFT;

		String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private final MeterRegistry registry;

	public SignInMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	public void codeRequested() {
		this.registry.counter("passwordless.codes.requested").increment();
	}

	public void codeSent() {
		this.registry.counter("passwordless.codes.sent").increment();
	}

	/**
	 * @param kind the refusal's kind, e.g. {@code RATE_LIMITED} (an enum's name, never a
	 * message)
	 */
	public void codeRefused(Enum<?> kind) {
		String reason = kind.name().toLowerCase(Locale.ROOT);
		this.registry
			.counter("passwordless.codes.refused", "reason", REFUSAL_REASONS.contains(reason) ? reason : "other")
			.increment();
	}

	/** Every value the {@code outcome} tag of a passkey ceremony can take. */
	public static final List<String> PASSKEY_OUTCOMES = List.of("succeeded", "failed", "cancelled", "rate_limited",
			"unavailable", "invalid_input");

	/**
	 * A passkey ceremony ended.
	 * @param kind {@code sign_in}, {@code register} or {@code remove}
	 * @param outcome one of {@link #PASSKEY_OUTCOMES}
	 */
	public void passkey(String kind, String outcome) {
		this.registry
			.counter("passwordless.passkeys.ceremonies", "kind", kind, "outcome",
					PASSKEY_OUTCOMES.contains(outcome) ? outcome : "other")
			.increment();
	}

	public void signIn(Outcome outcome) {
		this.registry.counter("passwordless.sign-ins", "outcome", outcome.tag()).increment();
	}

	/** A browser opening the sign-in page turned away because the instance is busy. */
	public void turnedAway() {
		this.registry.counter("passwordless.sign-ins.turned-away").increment();
	}

	/** The requests in progress as the door counts them. */
	public void requestsInProgress(IntSupplier inProgress) {
		Gauge.builder("passwordless.admission.in-progress", inProgress::getAsInt).register(this.registry);
	}

	public void rememberMe(Outcome outcome) {
		this.registry.counter("passwordless.remember-me.restores", "outcome", outcome.tag()).increment();
	}

	/**
	 * A change a person made to their own account, or an administrator to someone's.
	 * @param change {@code name}, {@code device_signed_out} or {@code deleted}
	 */
	public void accountChanged(String change) {
		this.registry.counter("passwordless.account.changes", "change", change).increment();
	}

}
