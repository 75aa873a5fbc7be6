package dev.passwordless.vaadin.security;

import java.util.List;
import java.util.Locale;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authentication made from verified Cognito tokens. It carries the user, never the
 * tokens: those stay in the HTTP session only.
 */
public class CognitoAuthentication extends AbstractAuthenticationToken {

	private final CognitoUser user;

	public CognitoAuthentication(CognitoUser user) {
		super(authorities(user));
		this.user = user;
		setAuthenticated(true);
	}

	/**
	 * {@code cognito:groups} → {@code ROLE_<GROUP>}, upper case, dashes as underscores.
	 */
	static List<GrantedAuthority> authorities(CognitoUser user) {
		return user.groups()
			.stream()
			.map((group) -> (GrantedAuthority) new SimpleGrantedAuthority(
					"ROLE_" + group.toUpperCase(Locale.ROOT).replace('-', '_')))
			.toList();
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
