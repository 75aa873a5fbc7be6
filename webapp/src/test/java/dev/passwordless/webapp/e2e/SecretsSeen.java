package dev.passwordless.webapp.e2e;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * Records every Cognito session string and token the app received from Cognito, so a test
 * can check that none of them ever reached the browser.
 */
public final class SecretsSeen implements ExecutionInterceptor {

	public final Set<String> secrets = ConcurrentHashMap.newKeySet();

	@Override
	public void afterUnmarshalling(Context.AfterUnmarshalling context, ExecutionAttributes attributes) {
		SdkResponse response = context.response();
		if (response instanceof InitiateAuthResponse initiated) {
			add(initiated.session());
			add(initiated.authenticationResult());
		}
		if (response instanceof RespondToAuthChallengeResponse responded) {
			add(responded.session());
			add(responded.authenticationResult());
		}
	}

	private void add(AuthenticationResultType result) {
		if (result != null) {
			add(result.idToken());
			add(result.accessToken());
			add(result.refreshToken());
		}
	}

	private void add(String secret) {
		if (secret != null) {
			this.secrets.add(secret);
		}
	}

}
