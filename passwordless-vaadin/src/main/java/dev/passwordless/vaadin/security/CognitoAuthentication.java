package dev.passwordless.vaadin.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authentication made from verified Cognito tokens. It carries the user, never the
 * tokens: those stay in the HTTP session only. A session signed in with a code from an
 * SMS also has the factor {@link #SMS_FACTOR}, one signed in with a passkey
 * {@link #PASSKEY_FACTOR}, issued when it was proved (Spring Security's multi-factor
 * authorities): what needs a fresh sign-in asks for one of them ({@link FreshSignIn}); a
 * session restored by "stay signed in" has no factor.
 */
public class CognitoAuthentication extends AbstractAuthenticationToken {

	/** The factor a code sent by SMS proves. */
	public static final String SMS_FACTOR = "FACTOR_SMS";

	/** The factor a passkey proves: Spring Security's own WebAuthn factor. */
	public static final String PASSKEY_FACTOR = FactorGrantedAuthority.WEBAUTHN_AUTHORITY;

	private final CognitoUser user;

	/** Signed in without a code in this session (restored by "stay signed in"). */
	public CognitoAuthentication(CognitoUser user) {
		this(user, (ProvedFactor) null);
	}

	/**
	 * @param user the verified user
	 * @param codeProvedAt when a code from an SMS was last proved in this session, or
	 * null
	 */
	public CognitoAuthentication(CognitoUser user, Instant codeProvedAt) {
		this(user, (codeProvedAt != null) ? ProvedFactor.code(codeProvedAt) : null);
	}

	/**
	 * @param user the verified user
	 * @param proved what this session last proved (a code or a passkey) and when, or null
	 */
	public CognitoAuthentication(CognitoUser user, ProvedFactor proved) {
		super(withFactor(authorities(user), proved));
		this.user = user;
		setAuthenticated(true);
	}

	private static List<GrantedAuthority> withFactor(List<GrantedAuthority> roles, ProvedFactor proved) {
		if (proved == null) {
			return roles;
		}
		List<GrantedAuthority> all = new ArrayList<>(roles);
		all.add(FactorGrantedAuthority.withAuthority(proved.authority()).issuedAt(proved.at()).build());
		return all;
	}

	/**
	 * {@code cognito:groups} → {@code ROLE_<GROUP>}, upper case, dashes as underscores.
	 */
	static List<GrantedAuthority> authorities(CognitoUser user) {
		return user.groups()
			.stream()
			.map((group) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role(group)))
			.toList();
	}

	/**
	 * The role a group's members have, without the {@code ROLE_} prefix: upper case,
	 * dashes as underscores ({@code admins} → {@code ADMINS}).
	 */
	public static String role(String group) {
		return group.toUpperCase(Locale.ROOT).replace('-', '_');
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public CognitoUser getPrincipal() {
		return this.user;
	}

}
