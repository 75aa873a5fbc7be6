package dev.passwordless.vaadin.cognito;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up stopped for want of Cognito settings: says which ones, and the two ways to
 * start (a pool, or the {@code local} profile), instead of a stack trace.
 */
class CognitoSettingsFailureAnalyzer extends AbstractFailureAnalyzer<CognitoSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CognitoSettingsException cause) {
		return new FailureAnalysis(cause.getMessage(), """
				Either set every passwordless.cognito.* setting named above: the CDK stack's outputs CognitoRegion, \
				CognitoUserPoolId and CognitoClientId, and the client secret from the Secrets Manager secret that \
				CognitoClientSecretArn names (passwordless.cognito.endpoint as well for a Cognito stand-in elsewhere);
				or, on a development machine, run with the 'local' profile (--spring.profiles.active=local, as ./run \
				does) for an embedded local Cognito and SMS inbox on 127.0.0.1.""", cause);
	}

}
