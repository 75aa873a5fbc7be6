package dev.passwordless.vaadin.cognito;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person starting the app reads when the Cognito settings are missing. */
class CognitoSettingsFailureAnalyzerTest {

	@Test
	void analyzeWhenSettingsAreMissingThenNamesThemAndBothWaysToStart() {
		BeanCreationException failure = new BeanCreationException("cognitoPool", new CognitoSettingsException(
				List.of("passwordless.cognito.client-secret (PASSWORDLESS_COGNITO_CLIENT_SECRET)"), List.of()));
		FailureAnalysis analysis = new CognitoSettingsFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).isEqualTo(
				"The sign-in has no usable Cognito user pool. Missing: passwordless.cognito.client-secret (PASSWORDLESS_COGNITO_CLIENT_SECRET).");
		assertThat(analysis.getAction()).contains("CognitoClientSecretArn")
			.contains("run with the 'local' profile (--spring.profiles.active=local");
	}

	@Test
	void analyzerWhenStartUpFailsThenSpringBootFindsIt() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class,
					SpringFactoriesLoader.FailureHandler.logging(
							org.apache.commons.logging.LogFactory.getLog(CognitoSettingsFailureAnalyzerTest.class))))
			.anyMatch(CognitoSettingsFailureAnalyzer.class::isInstance);
	}

}
