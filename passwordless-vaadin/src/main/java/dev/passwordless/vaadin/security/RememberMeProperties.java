package dev.passwordless.vaadin.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * "Stay signed in on this device".
 *
 * @param key the former name of {@code passwordless.master-key} ({@link MasterKey}),
 * still read when that is not set
 * @param validity how long a device stays signed in: at most the app client's refresh
 * token validity (default 30 days, the pool's)
 * @param cookieName the remember-me cookie (default {@code passwordless-remember-me})
 */
@ConfigurationProperties("passwordless.remember-me")
public record RememberMeProperties(String key, @DefaultValue("30d") Duration validity,
		@DefaultValue("passwordless-remember-me") String cookieName) {

	@Override
	public String toString() {
		return "RememberMeProperties[key=[hidden], validity=" + this.validity + ", cookieName=" + this.cookieName + "]";
	}

}
