package dev.passwordless.vaadin.security;

import java.util.Collection;

import dev.passwordless.vaadin.cognito.CognitoTokens;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A sign-in restored from "stay signed in", as Spring Security's remember-me hands it on.
 *
 * @param user the user as the new ID token describes them
 * @param tokens their new tokens
 */
record Restored(CognitoUser user, CognitoTokens tokens) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return CognitoAuthentication.authorities(this.user);
	}

	@Override
	public String getPassword() {
		return "";
	}

	@Override
	public String getUsername() {
		return this.user.sub();
	}

}
