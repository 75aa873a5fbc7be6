package dev.passwordless.vaadin.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.core.Authentication;

/**
 * Whether a session proved a code from an SMS recently enough for what is sensitive (the
 * administration): Spring Security's required-factor check of
 * {@link CognitoAuthentication#SMS_FACTOR} against its time of issue. A session restored
 * by "stay signed in" has no such factor, an older one an expired one; either is asked
 * for a new code ({@link StepUp}).
 */
public final class FreshSignIn {

	private final AllRequiredFactorsAuthorizationManager<Object> factor;

	/**
	 * @param within how old the code sign-in may be
	 * @param clock the app's clock
	 */
	public FreshSignIn(Duration within, Clock clock) {
		this.factor = AllRequiredFactorsAuthorizationManager.builder()
			.requireFactor((required) -> required.authority(CognitoAuthentication.SMS_FACTOR).validDuration(within))
			.build();
		this.factor.setClock(clock);
	}

	/** Whether this authentication proved a code within the time allowed. */
	public boolean holds(Authentication authentication) {
		return this.factor.authorize(() -> authentication, this).isGranted();
	}

}
