package dev.passwordless.vaadin.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up stopped for want of a usable {@code passwordless.master-key}: says which
 * setting and how to make one, instead of a stack trace. Never shows the value.
 */
class MasterKeyFailureAnalyzer extends AbstractFailureAnalyzer<MasterKey.KeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MasterKey.KeyException cause) {
		return new FailureAnalysis(cause.getMessage(), "Set " + MasterKey.VARIABLE + " (or " + MasterKey.PROPERTY
				+ ") to the output of `openssl rand -base64 32`, the same value on "
				+ "every instance, kept as a secret; or, on a development machine, run with the 'local' profile, "
				+ "which generates one.", cause);
	}

}
