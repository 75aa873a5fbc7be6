package dev.passwordless.vaadin.cognito;

import java.time.Duration;
import java.util.Optional;

/**
 * Something the person signing in has to know, as a message key of the sign-in's bundles
 * ({@code passwordless/messages}) with its arguments, so each view says it in the
 * person's language. A refusal that ends in time carries the wait, so the view can count
 * it down. Never carries AWS's own message, nor a phone number or a code.
 */
public class SignInProblem extends RuntimeException {

	/** What went wrong, so views can react (e.g. go back to the number). */
	/**
	 * The message key of a registration the pool refused because it admits only invited
	 * people.
	 */
	public static final String BY_INVITATION = "passwordless.register.by-invitation";

	public enum Kind {

		INVALID_INPUT, INVALID_NAME, SMS_FAILED, CODE_FAILED, SESSION_EXPIRED, RATE_LIMITED, UNAVAILABLE

	}

	private final Kind kind;

	private final transient Object[] arguments;

	private final Duration retryAfter;

	/**
	 * @param kind what went wrong
	 * @param key the message key (a text that is no key is shown as it is)
	 * @param arguments the message's arguments
	 */
	public SignInProblem(Kind kind, String key, Object... arguments) {
		this(kind, null, key, arguments);
	}

	private SignInProblem(Kind kind, Duration retryAfter, String key, Object... arguments) {
		super(key, null, false, false);
		this.kind = kind;
		this.arguments = arguments.clone();
		this.retryAfter = retryAfter;
	}

	/**
	 * A refusal that ends after a wait: its message takes the wait in words as its first
	 * argument.
	 */
	public static SignInProblem waiting(Kind kind, String key, Duration retryAfter) {
		return new SignInProblem(kind, retryAfter, key);
	}

	public Kind kind() {
		return this.kind;
	}

	/** The message key. */
	public String key() {
		return getMessage();
	}

	/** The message's arguments (without the wait). */
	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** How long until trying again may work, when that is known. */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

}
