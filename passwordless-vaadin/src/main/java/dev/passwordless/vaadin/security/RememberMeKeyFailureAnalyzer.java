package dev.passwordless.vaadin.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up stopped for want of a usable {@code passwordless.remember-me.key}: says which
 * setting and how to make one, instead of a stack trace. Never shows the value.
 */
class RememberMeKeyFailureAnalyzer extends AbstractFailureAnalyzer<RememberMeKey.KeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RememberMeKey.KeyException cause) {
		return new FailureAnalysis(cause.getMessage(), "Set " + RememberMeKey.VARIABLE + " (or "
				+ RememberMeKey.PROPERTY + ") to the output of `openssl rand -base64 32`, the same value on "
				+ "every instance, kept as a secret; or, on a development machine, run with the 'local' profile, "
				+ "which generates one.", cause);
	}

}
