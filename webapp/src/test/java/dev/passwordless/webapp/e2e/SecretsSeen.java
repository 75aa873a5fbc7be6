package dev.passwordless.webapp.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.passwordless.testing.browser.RecordingProxy;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
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

	/**
	 * Where a secret seen so far reached the browser: a response it received through the
	 * proxy ({@link RecordingProxy#responsesHolding}), one of its cookies, or the address
	 * it shows.
	 * @return each place with the secret's first characters; empty when nowhere
	 */
	public List<String> reachedTheBrowser(RecordingProxy proxy, WebDriver browser) {
		List<String> found = new ArrayList<>(proxy.responsesHolding(this.secrets));
		for (Cookie cookie : browser.manage().getCookies()) {
			found.addAll(holding("cookie " + cookie.getName(), cookie.getValue()));
		}
		found.addAll(holding("the address", browser.getCurrentUrl()));
		return found;
	}

	private List<String> holding(String place, String text) {
		return this.secrets.stream()
			.filter(text::contains)
			.map((secret) -> place + " holds the secret starting " + secret.substring(0, Math.min(6, secret.length())))
			.toList();
	}

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
