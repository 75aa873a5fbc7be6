package dev.passwordless.vaadin.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether a session proved a code from an SMS or a passkey recently enough for what is
 * sensitive (the administration, removing a passkey): Spring Security's required-factor
 * check of {@link CognitoAuthentication#SMS_FACTOR}, or else of
 * {@link CognitoAuthentication#PASSKEY_FACTOR}, against its time of issue. A session
 * restored by "stay signed in" has no such factor, an older one an expired one; either is
 * asked for a new code ({@code StepUp}).
 */
public final class FreshSignIn {

	private final AllRequiredFactorsAuthorizationManager<Object> code;

	private final AllRequiredFactorsAuthorizationManager<Object> passkey;

	/**
	 * @param within how old the code sign-in may be
	 * @param clock the app's clock
	 */
	public FreshSignIn(Duration within, Clock clock) {
		this.code = within(CognitoAuthentication.SMS_FACTOR, within, clock);
		this.passkey = within(CognitoAuthentication.PASSKEY_FACTOR, within, clock);
	}

	private static AllRequiredFactorsAuthorizationManager<Object> within(String factor, Duration within, Clock clock) {
		AllRequiredFactorsAuthorizationManager<Object> manager = AllRequiredFactorsAuthorizationManager.builder()
			.requireFactor((required) -> required.authority(factor).validDuration(within))
			.build();
		manager.setClock(clock);
		return manager;
	}

	/**
	 * Whether the authentication of the request being served proved a code or a passkey
	 * within the time allowed.
	 */
	public boolean holdsNow() {
		return holds(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * Whether this authentication proved a code or a passkey within the time allowed.
	 */
	public boolean holds(Authentication authentication) {
		return this.code.authorize(() -> authentication, this).isGranted()
				|| this.passkey.authorize(() -> authentication, this).isGranted();
	}

}
